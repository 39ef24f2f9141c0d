import { Chip } from '@mui/material'
import { DEADLINE_STATE_LABELS, type DeadlineState } from '../../../shared/workdays/deadlines'

/** 已逾期 in red, 即将到期 in amber; nothing for a deadline still far or none. */
export function DeadlineChip({ state }: { state: DeadlineState | undefined }) {
  if (state !== 'overdue' && state !== 'dueSoon') return null
  return (
    <Chip
      size="small"
      label={DEADLINE_STATE_LABELS[state]}
      color={state === 'overdue' ? 'error' : 'warning'}
    />
  )
}
