import { isIsoDate } from '../documents/chineseDate'
import { isIsoDateTime, parseDateText, parseDateTimeText } from '../text/dateText'
import { z } from '../zod'

/*
 * Dates are stored as text (2026-12-02, 2026-12-02T09:30): they sort and index in calendar order,
 * read the same on every PC whatever its time zone, and travel unchanged in packages. Typed forms
 * (2026年12月2日, 2026.12.2) are read here too, so an Excel import or another tool's file gets the
 * same treatment as the form.
 */

function readAs(parse: (text: string) => string | null) {
  return (value: unknown) => {
    if (typeof value !== 'string') return value
    const trimmed = value.trim()
    return trimmed === '' ? '' : (parse(trimmed) ?? trimmed)
  }
}

/** A calendar date as 2026-12-02, or '' when optional and blank. */
export function isoDate(label: string, required: boolean) {
  return z.preprocess(
    readAs(parseDateText),
    z
      .string({ error: `${label}应为日期` })
      .refine((value) => !(required && value === ''), `请填写${label}`)
      .refine(
        (value) => value === '' || isIsoDate(value),
        `${label}不是有效的日期，请写成 2026年12月2日 或 2026-12-02`,
      )
      .default(''),
  )
}

/** A date and time as 2026-12-02T09:30, or ''. */
export function isoDateTime(label: string) {
  return z.preprocess(
    readAs(parseDateTimeText),
    z
      .string({ error: `${label}应为日期和时间` })
      .refine(
        (value) => value === '' || isIsoDateTime(value),
        `${label}不是有效的时间，请写成 2026-12-02 09:30`,
      )
      .default(''),
  )
}

export const EMPTY_TIME_RANGE = { start: '', end: '' } as const

/**
 * From one date and time (2026-12-02T09:00 to 2026-12-02T11:30), or with `dates` one date, to
 * another; the end is not before the start.
 */
export function rangeSchema(label: string, dates: boolean) {
  const word = dates ? '日期' : '时间'
  const part = (which: string) =>
    dates ? isoDate(`${label}的${which}${word}`, false) : isoDateTime(`${label}的${which}${word}`)
  return z
    .object({ start: part('开始'), end: part('结束') })
    .default({ ...EMPTY_TIME_RANGE })
    .superRefine((range, ctx) => {
      if (range.end !== '' && range.start === '') {
        ctx.addIssue({ code: 'custom', path: ['start'], message: `请填写${label}的开始${word}` })
      }
      if (range.start !== '' && range.end !== '' && range.end < range.start) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: `结束${word}不能早于开始${word}` })
      }
    })
}

/** A kind's `refine` for an event with 开始时间 and 结束时间 (meetings, trainings). */
export function endNotBeforeStart(
  event: { readonly startAt: string; readonly endAt: string },
  ctx: z.RefinementCtx,
): void {
  if (event.startAt !== '' && event.endAt !== '' && event.endAt < event.startAt) {
    ctx.addIssue({ code: 'custom', path: ['endAt'], message: '结束时间不能早于开始时间' })
  }
}
