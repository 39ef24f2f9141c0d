import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { describePeriod, inPeriod, periodPresets } from '../../../shared/text/periods'

const preset = (today: string, label: string) =>
  periodPresets(today).find((period) => period.label === label)

describe('period presets', () => {
  it('name the month, quarter and year of a day and the ones before', () => {
    expect(preset('2026-12-07', '本月')).toMatchObject({ from: '2026-12-01', to: '2026-12-31' })
    expect(preset('2026-12-07', '上月')).toMatchObject({ from: '2026-11-01', to: '2026-11-30' })
    expect(preset('2026-12-07', '本季度')).toMatchObject({ from: '2026-10-01', to: '2026-12-31' })
    expect(preset('2026-12-07', '上季度')).toMatchObject({ from: '2026-07-01', to: '2026-09-30' })
    expect(preset('2026-12-07', '去年')).toMatchObject({ from: '2025-01-01', to: '2025-12-31' })
  })

  it('cross the year in January and know February', () => {
    expect(preset('2028-01-15', '上月')).toMatchObject({ from: '2027-12-01', to: '2027-12-31' })
    expect(preset('2028-02-10', '本月')).toMatchObject({ to: '2028-02-29' })
    expect(preset('2027-02-10', '本月')).toMatchObject({ to: '2027-02-28' })
    expect(preset('2027-03-31', '上季度')).toMatchObject({ from: '2026-10-01', to: '2026-12-31' })
  })

  it('always contain the day they are counted from (本月, 本季度, 今年)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2000, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true }),
        (date) => {
          const today = date.toISOString().slice(0, 10)
          for (const label of ['本月', '本季度', '今年']) {
            const period = preset(today, label)
            expect(period && inPeriod(today, period), `${today} ${label}`).toBe(true)
          }
        },
      ),
    )
  })
})

describe('a period in words', () => {
  it('says a year, a quarter or a month by name', () => {
    expect(describePeriod({ from: '2026-01-01', to: '2026-12-31' })).toBe('2026年')
    expect(describePeriod({ from: '2026-10-01', to: '2026-12-31' })).toBe('2026年第四季度')
    expect(describePeriod({ from: '2026-02-01', to: '2026-02-28' })).toBe('2026年2月')
  })

  it('gives both ends otherwise, the year once when they share it', () => {
    expect(describePeriod({ from: '2026-10-08', to: '2026-12-31' })).toBe('2026年10月8日至12月31日')
    expect(describePeriod({ from: '2025-12-01', to: '2026-01-31' })).toBe(
      '2025年12月1日至2026年1月31日',
    )
    expect(describePeriod({ from: '2026-10-08', to: '' })).toBe('2026年10月8日以来')
    expect(describePeriod({ from: '', to: '' })).toBe('')
  })
})

describe('inPeriod', () => {
  it('takes dates and date-times, both ends included, and never a blank', () => {
    const period = { from: '2026-10-01', to: '2026-10-31' }
    expect(inPeriod('2026-10-31T23:59', period)).toBe(true)
    expect(inPeriod('2026-10-01', period)).toBe(true)
    expect(inPeriod('2026-11-01T00:00', period)).toBe(false)
    expect(inPeriod('', { from: '', to: '' })).toBe(false)
  })
})
