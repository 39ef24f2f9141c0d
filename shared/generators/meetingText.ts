import { chineseDate } from '../documents/chineseDate'
import { chineseNumeral } from '../documents/headingNumbers'
import type { ReferenceTitle } from '../kinds/display'
import { showParties } from '../kinds/display'

/** Names of parties, joined with 、 ('' when none). */
export const partyNames = (value: unknown, titleOf: ReferenceTitle) =>
  showParties(value, titleOf).join('、')

/** The parties' names as a list (attendance lines, sign-in rows). */
export const partyList = (value: unknown, titleOf: ReferenceTitle) => showParties(value, titleOf)

/** 2026-12-02T09:30 → 2026年12月2日上午9:30; 14:00 → 下午2:00 ('' when blank). */
export function meetingTime(value: string): string {
  if (value === '') return ''
  const date = chineseDate(value.slice(0, 10))
  const [hours = '', minutes = ''] = value.slice(11, 16).split(':')
  if (hours === '') return date
  const hour = Number(hours)
  const half = hour < 12 ? '上午' : '下午'
  return `${date}${half}${String(hour > 12 ? hour - 12 : hour)}:${minutes}`
}

/** （一）（二）… before each of a list's items. */
export const numbered = (items: readonly string[]) =>
  items.map((item, index) => `（${chineseNumeral(index + 1)}）${item}`)

/** Paragraphs of a note typed with blank lines or line breaks between them. */
export const paragraphsOf = (text: string) =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
