import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  isIsoDateTime,
  parseDateText,
  parseDateTimeText,
  parseTimeText,
} from '../../../shared/text/dateText'

describe('parseDateText', () => {
  it.each([
    ['2026年12月2日', '2026-12-02'],
    ['2026 年 12 月 2 日', '2026-12-02'],
    ['2026年12月2号', '2026-12-02'],
    ['2026年12月2', '2026-12-02'],
    ['2026-12-02', '2026-12-02'],
    ['2026.12.2', '2026-12-02'],
    ['2026/12/2', '2026-12-02'],
    ['20261202', '2026-12-02'],
    ['２０２６年１２月２日', '2026-12-02'],
    ['  2024-2-29 ', '2024-02-29'],
  ])('reads %s as %s', (typed, iso) => {
    expect(parseDateText(typed)).toBe(iso)
  })

  it.each([
    '2026年2月30日',
    '2025-02-29',
    '2026-13-01',
    '2026',
    '12月2日',
    '明天',
    '',
    '2026-12-02x',
  ])('refuses %s', (typed) => {
    expect(parseDateText(typed)).toBeNull()
  })

  it('reads back every calendar day it writes, in each typed form', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1950-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (date) => {
          const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]
          const iso = date.toISOString().slice(0, 10)
          expect(parseDateText(`${y}年${m}月${d}日`)).toBe(iso)
          expect(parseDateText(`${y}.${m}.${d}`)).toBe(iso)
          expect(parseDateText(iso)).toBe(iso)
        },
      ),
    )
  })
})

describe('parseTimeText', () => {
  it.each([
    ['9:30', '09:30'],
    ['09:30', '09:30'],
    ['9：30', '09:30'],
    ['9时30分', '09:30'],
    ['9点30', '09:30'],
    ['23:59', '23:59'],
  ])('reads %s as %s', (typed, time) => {
    expect(parseTimeText(typed)).toBe(time)
  })

  it.each(['24:00', '9:60', '930', '上午'])('refuses %s', (typed) => {
    expect(parseTimeText(typed)).toBeNull()
  })
})

describe('parseDateTimeText', () => {
  it.each([
    ['2026-12-02 09:30', '2026-12-02T09:30'],
    ['2026-12-02T09:30', '2026-12-02T09:30'],
    ['2026年12月2日 9:30', '2026-12-02T09:30'],
    ['2026年12月2日9:30', '2026-12-02T09:30'],
    ['2026年12月2日9时30分', '2026-12-02T09:30'],
    ['2026.12.2 14:00', '2026-12-02T14:00'],
  ])('reads %s as %s', (typed, value) => {
    expect(parseDateTimeText(typed)).toBe(value)
  })

  it.each(['2026-12-02', '2026-12-02 25:00', '2026-02-30 09:00', '9:30'])('refuses %s', (typed) => {
    expect(parseDateTimeText(typed)).toBeNull()
  })

  it('knows a stored date and time', () => {
    expect(isIsoDateTime('2026-12-02T09:30')).toBe(true)
    expect(isIsoDateTime('2026-12-02T9:30')).toBe(false)
    expect(isIsoDateTime('2026-12-02')).toBe(false)
  })
})
