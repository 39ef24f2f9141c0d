import { Button } from '@mui/material'
import { Link as RouterLink } from 'react-router'
import { textOf } from '../../../shared/kinds/display'
import { encodeParty } from '../../../shared/kinds/parties'
import { newPath } from '../../records/views'

/**
 * 转为督办事项: a new 督办事项 with the decision's text, linked to the decision and its meeting
 * (a decision may become several items: the button stays).
 */
export function ConvertDecisionButton({
  decision,
}: {
  decision: Readonly<Record<string, unknown>> & { readonly id: string }
}) {
  const params = new URLSearchParams([
    ['content', textOf(decision.content)],
    ['links', encodeParty({ kind: 'meeting', id: textOf(decision.parentId) })],
    ['links', encodeParty({ kind: 'decision', id: decision.id })],
  ])
  return (
    <Button
      size="small"
      component={RouterLink}
      to={`${newPath('actionItem')}?${params.toString()}`}
    >
      转为督办事项
    </Button>
  )
}
