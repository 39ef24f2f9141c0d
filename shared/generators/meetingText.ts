import { chineseDate } from '../documents/chineseDate'
import { chineseNumeral } from '../documents/headingNumbers'
import type { ReferenceTitle } from '../kinds/display'
import { showParties } from '../kinds/display'

/** Names of parties, joined with 、 ('' when none). */
export const partyNames = (value: unknown, titleOf: ReferenceTitle) =>
  showParties(value, titleOf).join('、')

/** The parties' names as a list (attendance lines, sign-in rows). */
export const partyList = (value: unknown, titleOf: ReferenceTitle) => showParties(value, titleOf)

/** 09:30 → 上午9:30, 14:00 → 下午2:00. */
function clockTime(hhmm: string): { half: string; time: string } {
  const [hours = '', minutes = ''] = hhmm.split(':')
  const hour = Number(hours)
  return {
    half: hour < 12 ? '上午' : '下午',
    time: `${String(hour > 12 ? hour - 12 : hour)}:${minutes}`,
  }
}

/** 2026-12-02T09:30 → 2026年12月2日上午9:30; 14:00 → 下午2:00 ('' when blank). */
export function meetingTime(value: string): string {
  if (value === '') return ''
  const date = chineseDate(value.slice(0, 10))
  if (value.slice(11, 16) === '') return date
  const { half, time } = clockTime(value.slice(11, 16))
  return `${date}${half}${time}`
}

/**
 * 2026年12月2日上午9:30至11:30, 下午2:00至5:00, 上午9:00至下午4:30: the end's date only when it is
 * another day, its 上午/下午 only when that changes.
 */
export function timeSpan(start: string, end: string): string {
  if (start === '') return '另行通知'
  if (end === '') return meetingTime(start)
  if (start.slice(0, 10) !== end.slice(0, 10) || end.slice(11, 16) === '')
    return `${meetingTime(start)}至${meetingTime(end)}`
  const from = clockTime(start.slice(11, 16))
  const to = clockTime(end.slice(11, 16))
  return `${meetingTime(start)}至${to.half === from.half ? '' : to.half}${to.time}`
}

/** （一）（二）… before each of a list's items. */
export const numbered = (items: readonly string[]) =>
  items.map((item, index) => `（${chineseNumeral(index + 1)}）${item}`)

/** A sentence ends with its own 。 (or ！？；) or with one added. */
export const sentence = (text: string) => (/[。！？；]$/.test(text) ? text : `${text}。`)

/** Paragraphs of a note typed with blank lines or line breaks between them. */
export const paragraphsOf = (text: string) =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
