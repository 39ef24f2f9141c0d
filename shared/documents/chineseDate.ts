const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Whether text is a date as YYYY-MM-DD that exists (no 2023-02-30), from 1900 on. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text)
  if (!match) return false
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    year >= 1900 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  )
}

/** 2023-03-23 → 2023年3月23日: full year, month and day not padded (GB/T 9704 7.3.5). */
export function chineseDate(isoDate: string): string {
  const [year = '', month = '', day = ''] = isoDate.split('-')
  return `${year}年${String(Number(month))}月${String(Number(day))}日`
}
