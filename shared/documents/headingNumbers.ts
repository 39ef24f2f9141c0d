import type { HeadingType } from './definition'

/**
 * Heading numbers in the order GB/T 9704 prescribes: 一、 （一） 1. （1）. Numbers restart below a
 * higher heading. A heading whose text already starts with a number of its own level (typed or
 * pasted) loses that number and gets the computed one, so a number is never written twice.
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五, 1002 → 一千零二. */
export function chineseNumeral(value: number): string {
  if (value >= 1000) {
    const rest = value % 1000
    const head = `${chineseNumeral(Math.floor(value / 1000))}千`
    if (rest === 0) return head
    return (
      head + (rest < 100 ? '零' : '') + (rest < 20 && rest >= 10 ? '一' : '') + chineseNumeral(rest)
    )
  }
  if (value < 10) return DIGITS[value] ?? ''
  if (value < 20) return `十${value % 10 === 0 ? '' : (DIGITS[value % 10] ?? '')}`
  if (value < 100) {
    const ones = value % 10
    return `${DIGITS[Math.floor(value / 10)] ?? ''}十${ones === 0 ? '' : (DIGITS[ones] ?? '')}`
  }
  const hundreds = Math.floor(value / 100)
  const rest = value % 100
  if (rest === 0) return `${DIGITS[hundreds] ?? ''}百`
  const tail =
    rest < 10
      ? `零${DIGITS[rest] ?? ''}`
      : rest < 20
        ? `一${chineseNumeral(rest)}`
        : chineseNumeral(rest)
  return `${DIGITS[hundreds] ?? ''}百${tail}`
}

const LEVEL: Record<HeadingType, number> = { h1: 0, h2: 1, h3: 2, h4: 3 }

export function headingLevel(type: HeadingType): number {
  return LEVEL[type]
}

function numberText(level: number, value: number): string {
  switch (level) {
    case 0:
      return `${chineseNumeral(value)}、`
    case 1:
      return `（${chineseNumeral(value)}）`
    case 2:
      return `${String(value)}.`
    default:
      return `（${String(value)}）`
  }
}

const NUMERALS = '[零一二三四五六七八九十百]+'
/** A number of each level at the start of a text, as people type them (full- or half-width). */
const EXISTING_NUMBER: readonly RegExp[] = [
  new RegExp(`^\\s*${NUMERALS}\\s*[、，,.．]\\s*`),
  new RegExp(`^\\s*[（(]\\s*${NUMERALS}\\s*[）)]\\s*[、，,]?\\s*`),
  /^\s*[0-9０-９]+\s*[.．、](?![0-9０-９])\s*/,
  /^\s*[（(]\s*[0-9０-９]+\s*[）)]\s*[、，,]?\s*/,
]

export function stripHeadingNumber(level: number, text: string): string {
  const pattern = EXISTING_NUMBER[level]
  return pattern ? text.replace(pattern, '') : text
}

/** Ends a sentence: 。！？；：… (or . ! ? ; :), possibly inside closing quotes. */
const CLOSED = /[。！？；：…!?;:.]["”’」』]*$/
/** Run-in text that carries its own joining punctuation (会议认为，双方…). */
const JOINED = /^\s*[，,、。；;：:！!？?）)」』”’]/

/**
 * A heading followed by run-in text (建立工作专班。由分管领导牵头…) ends with 。 when neither its
 * text ends with punctuation nor the run-in text starts with some, so the two never read as one
 * phrase.
 */
export function closeRunInHeading(text: string, run: string): string {
  const trimmed = text.trimEnd()
  return CLOSED.test(trimmed) || JOINED.test(run) ? trimmed : `${trimmed}。`
}

/** Numbers headings in document order; one instance per body (attachments number their own). */
export class HeadingNumberer {
  private readonly counters = [0, 0, 0, 0]

  /** The number and the text of the next heading; `run` is the text that follows it in line. */
  next(
    type: HeadingType,
    text: string,
    run?: string,
  ): { readonly number: string; readonly text: string } {
    const level = LEVEL[type]
    this.counters[level] = (this.counters[level] ?? 0) + 1
    for (let lower = level + 1; lower < this.counters.length; lower++) this.counters[lower] = 0
    const own = stripHeadingNumber(level, text)
    return {
      number: numberText(level, this.counters[level] ?? 1),
      text: run?.trim() ? closeRunInHeading(own, run) : own,
    }
  }
}
