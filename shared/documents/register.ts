import type { DocumentFormat } from './definition'
import { normalizeDocumentNumber, parseDocumentNumber } from './documentNumber'

/**
 * 发文登记 rules, pure: how a 发文字号 is split for the register, which number comes next, and
 * where the register has gaps. Numbers run per 机关代字 and year (津知发〔2026〕1号, 2号, …) and are
 * never given out twice: entries that were voided or deleted (tombstones) still hold their number.
 */

export const REGISTER_STATUSES = ['draft', 'reserved', 'used', 'void'] as const
export type RegisterStatus = (typeof REGISTER_STATUSES)[number]

export const REGISTER_STATUS_LABELS: Record<RegisterStatus, string> = {
  draft: '草稿',
  reserved: '预留',
  used: '已用',
  void: '作废',
}

/** The register's number fields of a document: the normalised number and its parts (0 = none). */
export interface NumberFields {
  readonly documentNumber: string
  readonly prefix: string
  readonly year: number
  readonly sequence: number
}

/**
 * Splits a 发文字号 as typed into the fields the register indexes. 纪要 carry a free-form 期号 and
 * text that is not a 发文字号 has no parts: such documents are registered without a number series.
 */
export function numberFieldsOf(documentNumber: string, format: DocumentFormat): NumberFields {
  const trimmed = documentNumber.trim()
  const noSeries = { prefix: '', year: 0, sequence: 0 }
  if (format === 'minutes' || trimmed === '') return { documentNumber: trimmed, ...noSeries }
  const normalized = normalizeDocumentNumber(trimmed)
  return { documentNumber: normalized, ...(parseDocumentNumber(normalized) ?? noSeries) }
}

/** What the numbering needs to know of one register entry of a series (one prefix and year). */
export interface RegisterEntry {
  readonly id: string
  readonly sequence: number
  readonly status: RegisterStatus
  /** A tombstone: hidden from lists, but its number stays taken. */
  readonly deleted: boolean
  readonly title: string
  readonly documentNumber: string
  /** A document has been written for it (its definition is stored), not only a number taken. */
  readonly written: boolean
}

/**
 * What an entry is now, as the register shows it: an issued document (saved as Word), a draft
 * (written, not issued; a numbered draft holds its number), a number reserved with nothing
 * written yet, a voided number, or a deleted entry (its number still taken).
 */
export type EntryState = 'issued' | 'draft' | 'reserved' | 'void' | 'deleted'

export function entryState(
  entry: Pick<RegisterEntry, 'status' | 'deleted' | 'written'>,
): EntryState {
  if (entry.deleted) return 'deleted'
  switch (entry.status) {
    case 'used':
      return 'issued'
    case 'void':
      return 'void'
    // Before drafts held numbers, the editor stored a numbered draft as 预留 with its document.
    case 'reserved':
      return entry.written ? 'draft' : 'reserved'
    case 'draft':
      return 'draft'
  }
}

/** The state's name; an issued document without a 发文字号 used no number: it is 已成文. */
export function entryStateLabel(state: EntryState, numbered: boolean): string {
  if (state === 'issued') return numbered ? '已用' : '已成文'
  return state === 'draft' ? '草稿' : GAP_LABELS[state]
}

/** The next free sequence of a series: one past the highest ever given, deleted ones included. */
export function nextSequence(entries: readonly Pick<RegisterEntry, 'sequence'>[]): number {
  let highest = 0
  for (const entry of entries) if (entry.sequence > highest) highest = entry.sequence
  return highest + 1
}

/** Another entry (live or deleted) that already holds `sequence`, if any. */
export function sequenceHolder<E extends RegisterEntry>(
  entries: readonly E[],
  sequence: number,
  selfId?: string,
): E | undefined {
  if (sequence <= 0) return undefined
  return entries.find((entry) => entry.sequence === sequence && entry.id !== selfId)
}

/** Why a number cannot be used, in Chinese, with what to do instead where there is something. */
export function takenMessage(holder: RegisterEntry): string {
  const number = `发文字号 ${holder.documentNumber}`
  const what = holder.title ? `“${holder.title}”` : '一条登记'
  switch (entryState(holder)) {
    case 'deleted':
      return `${number} 曾由已删除的${what}使用，号码不再重复使用`
    case 'void':
      return `${number} 已作废，号码不再使用`
    case 'reserved':
      return `${number} 已预留${holder.title ? `（${holder.title}）` : ''}；要用这个号，请在发文登记中该号一行点“撰写”`
    case 'draft':
      return `${number} 已由草稿${holder.title ? what : ''}占用`
    case 'issued':
      return `${number} 已由${what}使用（已用）`
  }
}

/** A warning (not an error): the number's year is not the year of the 成文日期. */
export function numberYearWarning(documentNumber: string, date: string): string | undefined {
  const parts = parseDocumentNumber(normalizeDocumentNumber(documentNumber))
  const dateYear = /^(\d{4})-\d{2}-\d{2}$/.exec(date.trim())?.[1]
  if (!parts || dateYear === undefined || parts.year === Number(dateYear)) return undefined
  return `发文字号的年份（${String(parts.year)}）与成文日期的年份（${dateYear}）不一致`
}

/** Why a numbered slot of the register is not an issued document. */
export type GapReason = 'missing' | 'reserved' | 'void' | 'deleted'

export const GAP_LABELS: Record<GapReason, string> = {
  missing: '缺号',
  reserved: '预留未用',
  void: '作废',
  deleted: '已删除',
}

/** One line of the register of a series, in number order. */
export type RegisterLine<E extends RegisterEntry = RegisterEntry> =
  | {
      readonly type: 'entry'
      readonly sequence: number
      readonly entry: E
      /** Set when the number was not issued as a document. */
      readonly gap?: Exclude<GapReason, 'missing'>
      /** Another entry holds the same number (possible after merging two PCs' registers). */
      readonly duplicate: boolean
    }
  | {
      /** Numbers between 1 and the highest that no entry holds; consecutive ones are one line. */
      readonly type: 'missing'
      readonly from: number
      readonly to: number
    }

/** A numbered entry is a gap unless a document was written for its number. */
function gapOf(entry: RegisterEntry): Exclude<GapReason, 'missing'> | undefined {
  const state = entryState(entry)
  return state === 'issued' || state === 'draft' ? undefined : state
}

/** The register of one series: every entry by number, with the missing numbers in between. */
export function registerLines<E extends RegisterEntry>(entries: readonly E[]): RegisterLine<E>[] {
  const numbered = entries
    .filter((entry) => entry.sequence > 0)
    .sort((a, b) => a.sequence - b.sequence || a.id.localeCompare(b.id))
  const perSequence = new Map<number, number>()
  for (const entry of numbered) {
    perSequence.set(entry.sequence, (perSequence.get(entry.sequence) ?? 0) + 1)
  }
  const lines: RegisterLine<E>[] = []
  let expected = 1
  for (const entry of numbered) {
    if (entry.sequence > expected) {
      lines.push({ type: 'missing', from: expected, to: entry.sequence - 1 })
    }
    const gap = gapOf(entry)
    lines.push({
      type: 'entry',
      sequence: entry.sequence,
      entry,
      ...(gap ? { gap } : {}),
      duplicate: (perSequence.get(entry.sequence) ?? 0) > 1,
    })
    expected = Math.max(expected, entry.sequence + 1)
  }
  return lines
}

/** How many numbers of a series were issued, how many drafts hold one, and the gaps of each kind. */
export interface RegisterSummary {
  readonly used: number
  readonly drafts: number
  readonly gaps: Readonly<Record<GapReason, number>>
  readonly next: number
}

export function summarizeRegister(entries: readonly RegisterEntry[]): RegisterSummary {
  const gaps: Record<GapReason, number> = { missing: 0, reserved: 0, void: 0, deleted: 0 }
  let used = 0
  let drafts = 0
  for (const line of registerLines(entries)) {
    if (line.type === 'missing') gaps.missing += line.to - line.from + 1
    else if (line.gap) gaps[line.gap]++
    else if (entryState(line.entry) === 'draft') drafts++
    else used++
  }
  return { used, drafts, gaps, next: nextSequence(entries) }
}

/** The text of a missing-numbers line: 4号 or 4—6号. */
export function missingRangeLabel(from: number, to: number): string {
  return from === to ? `${String(from)}号` : `${String(from)}—${String(to)}号`
}

/**
 * The status of an entry after the editor saves it: saving as Word issues the document; any other
 * save makes it a draft (holding its number, if it has one, so the number is no longer a gap). An
 * issued entry stays issued when edited again, and a voided number stays voided: the editor never
 * issues a voided number.
 */
export function statusAfterSave(
  previous: RegisterStatus | undefined,
  issued: boolean,
): RegisterStatus {
  if (previous === 'void') return 'void'
  return issued || previous === 'used' ? 'used' : 'draft'
}
