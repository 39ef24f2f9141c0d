import { Alert, CircularProgress } from '@mui/material'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import { KINDS, type KindName } from '../../shared/kinds'
import { editPath, listPath, recordPath } from './views'
import { referringFrom } from './referring'
import { PageHeader } from '../components/PageHeader'
import { useNotify } from '../components/Notifier'
import { useRecord } from '../data/hooks'
import { KindForm } from './form/KindForm'
import { editableValues } from './form/editableValues'
import { useDataApi } from '../data/api'
import { userMessage } from '../data/errors'
import { recordTitle } from '../../shared/kinds/display'

/**
 * A new record's values: the kind's blank record, with the fields the address gives (?orgId= from
 * an organisation's page; ?links=…&links=… for a list field).
 */
function prefilled(empty: object, params: URLSearchParams): Record<string, unknown> {
  const values: Record<string, unknown> = { ...empty }
  for (const field of new Set(params.keys())) {
    if (!(field in values)) continue
    values[field] = Array.isArray(values[field]) ? params.getAll(field) : params.get(field)
  }
  return values
}

/** 新建 / 编辑 of any record kind. A new contact may come with ?orgId= from an organisation's page. */
export function KindFormPage({ kind }: { kind: KindName }) {
  const { id } = useParams()
  const [params] = useSearchParams()
  const api = useDataApi()
  const navigate = useNavigate()
  const notify = useNotify()
  const definition = KINDS[kind]
  const { data: record, loading } = useRecord(kind, id)
  const isNew = id === undefined

  if (!isNew && loading && !record) return <CircularProgress />
  if (!isNew && !record)
    return <Alert severity="warning">{definition.label}不存在或已被删除。</Alert>

  const initial = record ? editableValues(kind, record) : prefilled(definition.empty(), params)
  const referring = isNew ? referringFrom(kind, params) : undefined
  const title = isNew ? `新建${definition.label}` : `编辑${definition.label}`
  const backTo = record ? recordPath(kind, record.id) : listPath(kind)

  return (
    <>
      <PageHeader
        title={title}
        crumbs={[
          { label: definition.title, to: listPath(kind) },
          ...(record
            ? [{ label: recordTitle(definition, record), to: recordPath(kind, record.id) }]
            : []),
        ]}
        subtitle="带 * 的为必填项；按 Ctrl+S 保存"
      />
      <KindForm
        key={record ? editPath(kind, record.id) : 'new'}
        kind={definition}
        {...(record ? { recordId: record.id } : {})}
        initial={initial}
        onCancel={() => void navigate(backTo)}
        onSave={async (values, loaded) => {
          const saved = record
            ? await api.editRecord(kind, record.id, loaded, values)
            : await api.createRecord(kind, values)
          const savedAs = `已保存${definition.label}“${recordTitle(definition, saved)}”`
          // Made for another record (an enterprise from a 报名's unit): that record refers to it now.
          if (referring) {
            try {
              await api.updateFields(referring.kind, referring.id, { [referring.field]: saved.id })
              notify({ message: `${savedAs}，并已关联` })
            } catch (error) {
              notify({
                message: `${savedAs}，但未能关联：${userMessage(error)}`,
                severity: 'error',
              })
            }
          } else {
            notify({ message: savedAs })
          }
          void navigate(recordPath(kind, saved.id), { replace: true })
        }}
      />
    </>
  )
}
