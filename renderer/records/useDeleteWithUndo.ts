import type { KindName } from '../../shared/kinds'
import { KINDS } from '../../shared/kinds'
import { useNotify } from '../components/Notifier'
import { userMessage } from '../data/errors'
import { useDataApi } from '../data/api'

/** Deletes records (as tombstones) and offers 撤销 in the snackbar. */
export function useDeleteWithUndo(kind: KindName) {
  const api = useDataApi()
  const notify = useNotify()
  const label = KINDS[kind].label
  return async (ids: readonly string[], description: string) => {
    try {
      await api.deleteRecords(kind, ids)
      notify({
        message: `已删除${description}`,
        action: {
          label: '撤销',
          run: async () => {
            try {
              await api.restoreRecords(kind, ids)
              notify({ message: `已恢复${description}` })
            } catch (error) {
              notify({ message: `无法恢复${label}：${userMessage(error)}`, severity: 'error' })
            }
          },
        },
      })
      return true
    } catch (error) {
      notify({ message: userMessage(error), severity: 'error' })
      return false
    }
  }
}
