import { isIsoDate } from '../documents/chineseDate'

/*
 * Dates as people type them: 2026年12月2日, 2026-12-02, 2026.12.2, 2026/12/2, 20261202, with
 * full-width digits from a Chinese IME. Read into the stored form 2026-12-02; anything that is not
 * a real calendar day is refused (null).
 */

const FULL_WIDTH_DIGITS = /[０-９]/g
const DATE_PATTERNS = [
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/u,
  /^(\d{4})\s*[-./／－]\s*(\d{1,2})\s*[-./／－]\s*(\d{1,2})$/u,
  /^(\d{4})(\d{2})(\d{2})$/u,
]

const pad = (n: number) => String(n).padStart(2, '0')

function halfWidthDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
}

/** 2026年12月2日 (or 2026.12.2, 2026-12-02…) → 2026-12-02; null when it is not a real date. */
export function parseDateText(text: string): string | null {
  const trimmed = halfWidthDigits(text.trim())
  for (const pattern of DATE_PATTERNS) {
    const match = pattern.exec(trimmed)
    if (!match) continue
    const [year, month, day] = match.slice(1, 4).map(Number) as [number, number, number]
    const iso = `${year}-${pad(month)}-${pad(day)}`
    return isIsoDate(iso) ? iso : null
  }
  return null
}

const TIME = /^(\d{1,2})\s*[:：时点]\s*(\d{1,2})\s*分?$/u

/** 9:30, 09:30, 9时30分, 9点30 → 09:30; null when it is not a time of day. */
export function parseTimeText(text: string): string | null {
  const match = TIME.exec(halfWidthDigits(text.trim()))
  if (!match) return null
  const [hours, minutes] = match.slice(1, 3).map(Number) as [number, number]
  return hours < 24 && minutes < 60 ? `${pad(hours)}:${pad(minutes)}` : null
}

/** "2026年12月2日 9:30" or 2026-12-02T09:30 → 2026-12-02T09:30; null when either part is wrong. */
export function parseDateTimeText(text: string): string | null {
  const trimmed = halfWidthDigits(text.trim())
  // The time follows a T, a space, or the 日 of a Chinese date directly (2026年12月2日9:30).
  const split = /^(.+?)(?:\s*T\s*|\s+|(?<=[日号]))(\d{1,2}\s*[:：时点].*)$/u.exec(trimmed)
  if (!split) return null
  const day = parseDateText(split[1] ?? '')
  const time = parseTimeText(split[2] ?? '')
  return day && time ? `${day}T${time}` : null
}

/** Whether text is a stored date and time, 2026-12-02T09:30. */
export function isIsoDateTime(text: string): boolean {
  const [day = '', time = ''] = text.split('T')
  return /^\d{2}:\d{2}$/.test(time) && isIsoDate(day) && parseTimeText(time) === time
}
