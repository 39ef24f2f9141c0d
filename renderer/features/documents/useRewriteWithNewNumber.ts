import { useNavigate } from 'react-router'
import { useNotify } from '../../components/Notifier'
import { userMessage } from '../../data/errors'
import { editorPath } from './paths'
import { useDataApi, type DocumentRow } from '../../data/api'

/** 用新号撰写: the voided number stays voided; the next number of its series opens to be written. */
export function useRewriteWithNewNumber(): (voided: DocumentRow) => Promise<void> {
  const api = useDataApi()
  const notify = useNotify()
  const navigate = useNavigate()
  return (voided) =>
    api.rewriteWithNewNumber(voided.id).then(
      (created) => {
        notify({ message: `已取新号 ${created.documentNumber}，${voided.documentNumber} 仍为作废` })
        void navigate(editorPath(created.id))
      },
      (failure: unknown) => notify({ message: userMessage(failure), severity: 'error' }),
    )
}
