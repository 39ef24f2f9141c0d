import dayjs from 'dayjs'
import { useMemo } from 'react'
import { KINDS, type KindName } from '../../../shared/kinds'
import type { FieldMeta } from '../../../shared/kinds/types'
import { deadlineState, type DeadlineState } from '../../../shared/workdays/deadlines'
import { workCalendar, type WorkCalendar } from '../../../shared/workdays/workCalendar'
import { isClosed } from '../../../shared/workflow/workflow'
import { useSettings } from '../../data/SettingsContext'

/** Working days before a deadline that count as 即将到期. */
export const DUE_SOON_WORKING_DAYS = 3

/** The working-day calendar: the built-in holidays and the administrator's additions. */
export function useWorkCalendar(): WorkCalendar {
  const { settings } = useSettings()
  return useMemo(() => workCalendar(settings.workCalendar), [settings.workCalendar])
}

/**
 * The deadline state of a kind's records (已逾期, 即将到期, or none), in working days on the
 * calendar with the administrator's additions. Undefined for kinds without a deadline.
 */
export function useDeadline(
  kind: KindName,
): ((row: Readonly<Record<string, unknown>>) => DeadlineState | undefined) | undefined {
  const calendar = useWorkCalendar()
  const today = dayjs().format('YYYY-MM-DD')
  // Kept while the calendar and the day are the same, so grids do not rebuild their columns.
  return useMemo(() => {
    const deadline = KINDS[kind].deadline
    if (!deadline) return undefined
    const input = (KINDS[kind].fields as Readonly<Record<string, FieldMeta>>)[
      deadline.workflowField
    ]?.input
    return (row: Readonly<Record<string, unknown>>) => {
      const due = row[deadline.field]
      if (typeof due !== 'string' || due === '') return undefined
      if (
        input?.type === 'workflow' &&
        isClosed(input.workflow, String(row[deadline.workflowField]))
      )
        return undefined
      return deadlineState(calendar, today, due, DUE_SOON_WORKING_DAYS)
    }
  }, [kind, calendar, today])
}
