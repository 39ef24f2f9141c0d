import { Dialog, DialogContent, DialogTitle } from '@mui/material'
import { KINDS, type KindName } from '../../../shared/kinds'
import { useNotify } from '../../components/Notifier'
import { useDataApi, type StoredRow } from '../../data/api'
import { KindForm } from '../form/KindForm'
import { editableValues } from '../form/editableValues'
import { recordTitle } from '../../../shared/kinds/display'

interface Props {
  readonly kind: KindName
  readonly parentId: string
  /** The child edited; undefined to add one at the end. */
  readonly child: StoredRow | undefined
  readonly onClose: () => void
}

/** Adds or edits a child (an agenda item, a follow-up) without leaving its parent's page. */
export function ChildFormDialog({ kind, parentId, child, onClose }: Props) {
  const api = useDataApi()
  const notify = useNotify()
  const definition = KINDS[kind]
  const initial = child
    ? editableValues(kind, child)
    : { ...(definition.empty() as Record<string, unknown>), parentId }
  return (
    // Only 取消 or 保存 close it: a stray click outside must not drop what was typed.
    <Dialog open fullWidth maxWidth="md">
      <DialogTitle>{child ? `编辑${definition.label}` : `添加${definition.label}`}</DialogTitle>
      <DialogContent sx={{ bgcolor: 'grey.50', pt: '8px !important' }}>
        <KindForm
          kind={definition}
          {...(child ? { recordId: child.id } : { draftScope: parentId })}
          initial={initial}
          onCancel={onClose}
          onSave={async (values, loaded) => {
            const saved = child
              ? await api.editRecord(kind, child.id, loaded, values)
              : await api.addChild(kind, parentId, values)
            notify({
              message: `已保存${definition.label}“${recordTitle(definition, saved)}”`,
            })
            onClose()
          }}
        />
      </DialogContent>
    </Dialog>
  )
}
