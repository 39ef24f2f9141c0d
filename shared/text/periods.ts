/** A stretch of days, both ends included (YYYY-MM-DD); an empty end is open. */
export interface Period {
  readonly from: string
  readonly to: string
}

export interface NamedPeriod extends Period {
  readonly label: string
}

const QUARTERS = ['一', '二', '三', '四'] as const

const pad = (n: number) => String(n).padStart(2, '0')

/** 2026-10-08 → 2026年10月8日 (as 公文 write dates). */
const chineseDate = (day: string) =>
  `${day.slice(0, 4)}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`

/** The last day of a month (month 1–12). */
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

const monthPeriod = (year: number, month: number): Period => ({
  from: `${year}-${pad(month)}-01`,
  to: `${year}-${pad(month)}-${pad(lastDay(year, month))}`,
})

const quarterPeriod = (year: number, quarter: number): Period => ({
  from: monthPeriod(year, quarter * 3 + 1).from,
  to: monthPeriod(year, quarter * 3 + 3).to,
})

const yearPeriod = (year: number): Period => ({ from: `${year}-01-01`, to: `${year}-12-31` })

/** The periods people report on, as of a day: 本月, 上月, 本季度, 上季度, 今年, 去年. */
export function periodPresets(today: string): readonly NamedPeriod[] {
  const year = Number(today.slice(0, 4))
  const month = Number(today.slice(5, 7))
  const quarter = Math.floor((month - 1) / 3)
  const previousMonth = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 }
  const previousQuarter =
    quarter === 0 ? { year: year - 1, quarter: 3 } : { year, quarter: quarter - 1 }
  return [
    { label: '本月', ...monthPeriod(year, month) },
    { label: '上月', ...monthPeriod(previousMonth.year, previousMonth.month) },
    { label: '本季度', ...quarterPeriod(year, quarter) },
    { label: '上季度', ...quarterPeriod(previousQuarter.year, previousQuarter.quarter) },
    { label: '今年', ...yearPeriod(year) },
    { label: '去年', ...yearPeriod(year - 1) },
  ]
}

/**
 * A period in words, as a report's title says it: 2026年, 2026年第四季度, 2026年10月, or
 * 2026年10月8日至12月31日 (the year once when both ends share it).
 */
export function describePeriod({ from, to }: Period): string {
  if (from === '' && to === '') return ''
  if (to === '') return `${chineseDate(from)}以来`
  if (from === '') return `${chineseDate(to)}以前`
  const year = Number(from.slice(0, 4))
  if (from.slice(0, 4) === to.slice(0, 4)) {
    const same = (period: Period) => period.from === from && period.to === to
    if (same(yearPeriod(year))) return `${year}年`
    for (let quarter = 0; quarter < 4; quarter++) {
      if (same(quarterPeriod(year, quarter))) return `${year}年第${QUARTERS[quarter]}季度`
    }
    const month = Number(from.slice(5, 7))
    if (same(monthPeriod(year, month))) return `${year}年${month}月`
    return `${chineseDate(from)}至${chineseDate(to).slice(5)}`
  }
  return `${chineseDate(from)}至${chineseDate(to)}`
}

/** Whether a date or date-time (2026-10-08T09:30) falls in a period. */
export function inPeriod(value: string, { from, to }: Period): boolean {
  if (value === '') return false
  const day = value.slice(0, 10)
  return (from === '' || day >= from) && (to === '' || day <= to)
}
