import AddIcon from '@mui/icons-material/Add'
import EditIcon from '@mui/icons-material/EditOutlined'
import { ItemActions } from '../../components/ItemActions'
import { PanelSection } from '../../components/PanelSection'
import {
  Button,
  IconButton,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
} from '@mui/material'
import { useState } from 'react'
import { Link as RouterLink } from 'react-router'
import { fieldLabel, KINDS, type KindName } from '../../../shared/kinds'
import { displayValue, recordTitle } from '../../../shared/kinds/display'
import { useNotify } from '../../components/Notifier'
import { useDataApi, type StoredRow } from '../../data/api'
import { userMessage } from '../../data/errors'
import { useChildren, useReferenceTitles } from '../../data/hooks'
import { useDeleteWithUndo } from '../useDeleteWithUndo'
import { recordPath, viewOf } from '../views'
import { DeadlineChip } from '../workflow/DeadlineChip'
import { useDeadline } from '../workflow/useDeadline'
import { ChildFormDialog } from './ChildFormDialog'

interface Props {
  readonly kind: KindName
  readonly parentId: string
}

/**
 * The children of one kind on their parent's page, in order: add (at the end), edit, move up or
 * down, remove (with 撤销). Columns are the child kind's list columns, less the parent.
 */
export function ChildrenPanel({ kind, parentId }: Props) {
  const api = useDataApi()
  const notify = useNotify()
  const definition = KINDS[kind]
  const deleteWithUndo = useDeleteWithUndo(kind)
  const deadline = useDeadline(kind)
  const [editing, setEditing] = useState<StoredRow | 'new' | null>(null)
  const rowActions = viewOf(kind).rowActions
  const { data: rows = [] } = useChildren(kind, parentId)
  const columns = definition.listColumns
    .map((column) => column.field)
    .filter((field) => field !== 'parentId' && field !== definition.titleField)
  const titles = useReferenceTitles(definition, columns, rows)

  const move = async (id: string, direction: 'up' | 'down') => {
    try {
      await api.moveChild(kind, id, direction)
    } catch (error) {
      notify({ message: userMessage(error), severity: 'error' })
    }
  }

  return (
    <>
      <PanelSection
        title={definition.title}
        count={rows.length}
        empty={`还没有${definition.label}。`}
        action={
          <Button size="small" startIcon={<AddIcon />} onClick={() => setEditing('new')}>
            添加{definition.label}
          </Button>
        }
      >
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 64, whiteSpace: 'nowrap' }}>序号</TableCell>
              <TableCell>{fieldLabel(definition, definition.titleField)}</TableCell>
              {columns.map((field) => (
                <TableCell key={field}>{fieldLabel(definition, field)}</TableCell>
              ))}
              <TableCell align="right" sx={{ width: 170, whiteSpace: 'nowrap' }}>
                操作
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row, index) => {
              const title = recordTitle(definition, row)
              return (
                <TableRow key={row.id} hover>
                  <TableCell>{index + 1}</TableCell>
                  <TableCell>
                    <Link component={RouterLink} to={recordPath(kind, row.id)}>
                      {title}
                    </Link>
                  </TableCell>
                  {columns.map((field) => (
                    <TableCell key={field}>
                      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                        <span>{displayValue(definition, field, row[field], titles)}</span>
                        {field === definition.deadline?.field && (
                          <DeadlineChip state={deadline?.(row)} />
                        )}
                      </Stack>
                    </TableCell>
                  ))}
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {rowActions?.(row)}
                    <ItemActions
                      name={`“${title}”`}
                      index={index}
                      count={rows.length}
                      onMove={(delta) => void move(row.id, delta < 0 ? 'up' : 'down')}
                      onRemove={() => void deleteWithUndo([row.id], `“${title}”`)}
                    >
                      <Tooltip title="编辑">
                        <IconButton
                          size="small"
                          aria-label={`编辑“${title}”`}
                          onClick={() => setEditing(row)}
                        >
                          <EditIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    </ItemActions>
                  </TableCell>
                </TableRow>
              )
            })}
          </TableBody>
        </Table>
      </PanelSection>
      {editing !== null && (
        <ChildFormDialog
          kind={kind}
          parentId={parentId}
          child={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  )
}
