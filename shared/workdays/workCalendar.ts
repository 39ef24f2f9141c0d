import { getDayDetail, getHolidaysInRange } from 'chinese-days'
import type { CalendarOverride } from './calendarOverride'

export interface WorkCalendar {
  isWorkday(date: string): boolean
  /**
   * False for a year the built-in calendar (chinese-days) has no holidays for and the
   * administrator added none: its deadlines count weekends only, and the app says so.
   */
  isYearKnown(year: number): boolean
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** Years the built-in calendar has holidays for, asked once per year. */
const builtInYears = new Map<number, boolean>()
function builtInKnows(year: number): boolean {
  let known = builtInYears.get(year)
  if (known === undefined) {
    known = getHolidaysInRange(`${String(year)}-01-01`, `${String(year)}-12-31`, false).length > 0
    builtInYears.set(year, known)
  }
  return known
}

function isWeekend(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number)
  const weekday = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)).getUTCDay()
  return weekday === 0 || weekday === 6
}

/**
 * China's working days: the built-in calendar of announced holidays and 调休 days (the
 * maintained `chinese-days` package), with the administrator's overrides taking precedence.
 * A year neither knows falls back to Monday to Friday.
 */
export function workCalendar(overrides: readonly CalendarOverride[] = []): WorkCalendar {
  const byDate = new Map(overrides.map((o) => [o.date, o.kind]))
  const overriddenYears = new Set(overrides.map((o) => Number(o.date.slice(0, 4))))
  return {
    isWorkday(date) {
      if (!ISO_DATE.test(date)) throw new Error(`日期格式应为 YYYY-MM-DD：${date}`)
      const override = byDate.get(date)
      if (override) return override === 'workday'
      const year = Number(date.slice(0, 4))
      return builtInKnows(year) ? getDayDetail(date).work : !isWeekend(date)
    },
    isYearKnown: (year) => overriddenYears.has(year) || builtInKnows(year),
  }
}

/** The last year the built-in calendar has the announced holidays of. */
export function lastBuiltInYear(from: number): number {
  let year = from
  while (builtInKnows(year + 1)) year++
  while (year > 2004 && !builtInKnows(year)) year--
  return year
}
