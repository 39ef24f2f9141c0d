import type { WorkCalendar } from './workCalendar'

/** YYYY-MM-DD of the day `days` calendar days after `date` (UTC, so no time zone shifts it). */
export function addCalendarDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number)
  const moved = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (day ?? 1) + days))
  return moved.toISOString().slice(0, 10)
}

/**
 * The deadline `days` working days after `start` (the start itself not counted): 5 working days
 * from a Friday before 国庆 end on the 5th working day after the holiday. Zero gives `start`.
 */
export function addWorkingDays(calendar: WorkCalendar, start: string, days: number): string {
  if (!Number.isInteger(days) || days < 0) throw new Error(`工作日数应为非负整数：${String(days)}`)
  let date = start
  for (let left = days; left > 0;) {
    date = addCalendarDays(date, 1)
    if (calendar.isWorkday(date)) left--
  }
  return date
}

/** The `days`th working day before `date` (a reply due three working days before a training). */
export function workingDaysBefore(
  calendar: Pick<WorkCalendar, 'isWorkday'>,
  date: string,
  days: number,
): string {
  if (!Number.isInteger(days) || days < 0) throw new Error(`工作日数应为非负整数：${String(days)}`)
  let before = date
  for (let left = days; left > 0;) {
    before = addCalendarDays(before, -1)
    if (calendar.isWorkday(before)) left--
  }
  return before
}

/**
 * Working days after `from` up to and including `to`: how many working days are left until a
 * deadline (0 when it is today or only non-working days remain); negative, counting the same
 * way backwards, when `to` has passed.
 */
export function workingDaysBetween(calendar: WorkCalendar, from: string, to: string): number {
  if (from === to) return 0
  const forward = from < to
  let count = 0
  for (let date = from; date !== to;) {
    date = addCalendarDays(date, forward ? 1 : -1)
    const counted = forward ? date : addCalendarDays(date, 1)
    if (calendar.isWorkday(counted)) count++
  }
  return forward ? count : -count
}

/** 已逾期, 即将到期 (within `soonDays` working days), or neither. */
export type DeadlineState = 'overdue' | 'dueSoon' | 'open'

export const DEADLINE_STATE_LABELS: Readonly<Record<DeadlineState, string>> = {
  overdue: '已逾期',
  dueSoon: '即将到期',
  open: '未到期',
}

export function deadlineState(
  calendar: WorkCalendar,
  today: string,
  due: string,
  soonDays = 3,
): DeadlineState {
  if (due < today) return 'overdue'
  return workingDaysBetween(calendar, today, due) <= soonDays ? 'dueSoon' : 'open'
}
