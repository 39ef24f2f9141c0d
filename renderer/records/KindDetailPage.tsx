import DeleteIcon from '@mui/icons-material/DeleteOutlined'
import EditIcon from '@mui/icons-material/EditOutlined'
import {
  Alert,
  Box,
  Button,
  Chip,
  CircularProgress,
  Grid,
  Paper,
  Stack,
  Typography,
} from '@mui/material'
import { Fragment, useState, type ReactNode } from 'react'
import { Link as RouterLink, useNavigate, useParams } from 'react-router'
import { childKindsOf, KINDS, type KindDefinition, type KindName } from '../../shared/kinds'
import type { FieldMeta } from '../../shared/kinds/types'
import { editPath, listPath, recordPath } from './views'
import { ChildrenPanel } from './children/ChildrenPanel'
import { WorkflowPanel, workflowFields } from './workflow/WorkflowPanel'
import { AttachmentList } from './attachments/AttachmentList'
import { attachmentsOf } from '../../shared/kinds/attachments'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { PageHeader } from '../components/PageHeader'
import { useRecord, useReferenceTitles } from '../data/hooks'
import { ChangeLogPanel } from './ChangeLogPanel'
import { generatorsOf } from '../../shared/generators'
import { GeneratorButtons } from './generators/GeneratorButtons'
import { ExportRecordPackage } from './ExportRecordPackage'
import { GeneratedDocumentsPanel } from './generators/GeneratedDocumentsPanel'
import { displayValue, recordTitle } from '../../shared/kinds/display'
import { useDeleteWithUndo } from './useDeleteWithUndo'

/**
 * The read-only page of one record: its fields by section, the panels its module adds (an
 * org's contacts), and its changes.
 */
export function KindDetailPage({
  kind,
  panels,
  childEditors = {},
}: {
  kind: KindName
  /** A module's own panels about this record, shown under its fields. */
  panels?: (id: string) => ReactNode
  /** A module's own editors of some child kinds, in place of the generic children panel. */
  childEditors?: Partial<Record<KindName, (parentId: string) => ReactNode>>
}) {
  const { id = '' } = useParams()
  const navigate = useNavigate()
  const definition = KINDS[kind]
  const { data: record, loading } = useRecord(kind, id)
  const [confirming, setConfirming] = useState(false)
  const deleteWithUndo = useDeleteWithUndo(kind)
  const refTitle = useReferenceTitles(
    definition,
    Object.keys(definition.fields),
    record ? [record] : [],
  )

  if (loading && !record) return <CircularProgress />
  if (!record) {
    return (
      <Alert
        severity="warning"
        action={
          <Button component={RouterLink} to={listPath(kind)}>
            返回列表
          </Button>
        }
      >
        {definition.label}不存在或已被删除。
      </Alert>
    )
  }
  const title = recordTitle(definition, record)
  // A child's way back is through its parent (the meeting of an agenda item).
  const parent = (definition as KindDefinition).parent
  const parentId = typeof record.parentId === 'string' ? record.parentId : ''
  const crumbs = parent
    ? [
        { label: KINDS[parent.kind].title, to: listPath(parent.kind) },
        {
          label: refTitle(parent.kind, parentId) ?? KINDS[parent.kind].label,
          to: recordPath(parent.kind, parentId),
        },
      ]
    : [{ label: definition.title, to: listPath(kind) }]

  return (
    <>
      <PageHeader
        title={
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
            <span>{title}</span>
            {record.sample === 1 && (
              <Chip label="示例" size="small" color="warning" variant="outlined" />
            )}
          </Stack>
        }
        subtitle={(definition.subtitle as (r: unknown) => string)(record)}
        crumbs={crumbs}
        actions={
          <>
            <GeneratorButtons kind={kind} id={id} />
            {childKindsOf(kind).length > 0 && (
              <ExportRecordPackage kind={kind} id={id} title={title} />
            )}
            <Button
              variant="contained"
              startIcon={<EditIcon />}
              onClick={() => void navigate(editPath(kind, id))}
            >
              编辑
            </Button>
            <Button
              variant="outlined"
              color="error"
              startIcon={<DeleteIcon />}
              onClick={() => setConfirming(true)}
            >
              删除
            </Button>
          </>
        }
      />
      <Stack spacing={2}>
        {definition.form.map((section) => (
          <Paper key={section.title} variant="outlined" sx={{ p: 2.5 }}>
            <Typography variant="subtitle1" sx={{ mb: 1.5 }}>
              {section.title}
            </Typography>
            <Grid container spacing={2}>
              {section.fields.map((field) => {
                const meta = (definition.fields as Record<string, FieldMeta>)[field] as FieldMeta
                const text = displayValue(definition, field, record[field], refTitle)
                return (
                  <Grid key={field} size={{ xs: 12, md: meta.width ?? 6 }}>
                    <Typography variant="caption" color="text.secondary" component="div">
                      {meta.label}
                    </Typography>
                    <Box
                      sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', minHeight: 22 }}
                      aria-label={meta.label}
                    >
                      {meta.input.type === 'attachments' ? (
                        attachmentsOf(record[field]).length > 0 ? (
                          <AttachmentList files={attachmentsOf(record[field])} />
                        ) : (
                          '—'
                        )
                      ) : meta.input.type === 'multiselect' && Array.isArray(record[field]) ? (
                        <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                          {(record[field] as string[]).map((tag) => (
                            <Chip key={tag} label={tag} size="small" />
                          ))}
                          {(record[field] as string[]).length === 0 && '—'}
                        </Stack>
                      ) : (
                        text || '—'
                      )}
                    </Box>
                  </Grid>
                )
              })}
            </Grid>
          </Paper>
        ))}
        {workflowFields(kind).length > 0 && <WorkflowPanel kind={kind} record={record} />}
        {childKindsOf(kind).map((child) => {
          const editor = childEditors[child]
          return editor ? (
            <Fragment key={child}>{editor(id)}</Fragment>
          ) : (
            <ChildrenPanel key={child} kind={child} parentId={id} />
          )
        })}
        {generatorsOf(kind).length > 0 && <GeneratedDocumentsPanel id={id} />}
        {panels?.(id)}
        <ChangeLogPanel kind={kind} id={id} />
      </Stack>
      <ConfirmDialog
        open={confirming}
        title={`删除${definition.label}`}
        message={`确定删除“${title}”吗？删除后可立即撤销。`}
        confirmLabel="删除"
        destructive
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false)
          void deleteWithUndo([id], `“${title}”`).then((done) => done && navigate(listPath(kind)))
        }}
      />
    </>
  )
}
