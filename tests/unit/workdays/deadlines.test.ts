import { describe, expect, it } from 'vitest'
import {
  addCalendarDays,
  addWorkingDays,
  deadlineState,
  workingDaysBefore,
  workingDaysBetween,
} from '../../../shared/workdays/deadlines'
import { settingsSchema } from '../../../shared/settings/settings'
import {
  calendarOverrideSchema,
  calendarOverridesSchema,
} from '../../../shared/workdays/calendarOverride'
import { lastBuiltInYear, workCalendar } from '../../../shared/workdays/workCalendar'

const calendar = workCalendar()

describe('working-day deadlines', () => {
  it('skip 国庆 and count the 调休 Saturday worked after it', () => {
    // 2026: 10月1日–7日 off, Saturday 10月10日 worked.
    expect(addWorkingDays(calendar, '2026-09-30', 1)).toBe('2026-10-08')
    expect(addWorkingDays(calendar, '2026-09-30', 3)).toBe('2026-10-10')
    expect(addWorkingDays(calendar, '2026-09-30', 4)).toBe('2026-10-12')
    expect(addWorkingDays(calendar, '2026-09-30', 0)).toBe('2026-09-30')
  })

  it('go back over 国庆 to the working days before a date, the 调休 Saturday counted', () => {
    expect(workingDaysBefore(calendar, '2026-10-12', 1)).toBe('2026-10-10')
    expect(workingDaysBefore(calendar, '2026-10-12', 4)).toBe('2026-09-30')
    expect(workingDaysBefore(calendar, '2026-10-12', 0)).toBe('2026-10-12')
    expect(() => workingDaysBefore(calendar, '2026-10-12', -1)).toThrow('工作日数应为非负整数')
  })

  it('count the working days left, or past, between two dates', () => {
    expect(workingDaysBetween(calendar, '2026-09-30', '2026-10-12')).toBe(4)
    expect(workingDaysBetween(calendar, '2026-10-12', '2026-09-30')).toBe(-4)
    expect(workingDaysBetween(calendar, '2026-10-02', '2026-10-02')).toBe(0)
    // From a Friday to the Monday after: one working day.
    expect(workingDaysBetween(calendar, '2026-11-27', '2026-11-30')).toBe(1)
  })

  it('say 已逾期 after the day and 即将到期 within the working days given', () => {
    expect(deadlineState(calendar, '2026-10-13', '2026-10-12')).toBe('overdue')
    // Three working days ahead across the holiday: due soon, though 12 calendar days away.
    expect(deadlineState(calendar, '2026-09-30', '2026-10-10', 3)).toBe('dueSoon')
    expect(deadlineState(calendar, '2026-09-30', '2026-10-12', 3)).toBe('open')
    expect(deadlineState(calendar, '2026-10-12', '2026-10-12')).toBe('dueSoon')
  })

  it('use the administrator’s days for a year not yet announced, and weekends otherwise', () => {
    expect(calendar.isYearKnown(2026)).toBe(true)
    expect(calendar.isYearKnown(2031)).toBe(false)
    expect(lastBuiltInYear(2030)).toBe(2026)
    expect(lastBuiltInYear(2020)).toBe(2026)
    // 2031-10-01 is a Wednesday: a working day until someone declares the holiday.
    expect(calendar.isWorkday('2031-10-01')).toBe(true)
    expect(calendar.isWorkday('2031-10-04')).toBe(false)
    const extended = workCalendar([
      { date: '2031-10-01', kind: 'holiday', name: '国庆节' },
      { date: '2031-10-04', kind: 'workday', name: '国庆节调休' },
    ])
    expect(extended.isYearKnown(2031)).toBe(true)
    expect(extended.isWorkday('2031-10-01')).toBe(false)
    expect(extended.isWorkday('2031-10-04')).toBe(true)
    expect(addWorkingDays(extended, '2031-09-30', 1)).toBe('2031-10-02')
  })

  it('refuse what is not a date or a count of days, in Chinese', () => {
    expect(() => calendar.isWorkday('2026/10/01')).toThrow('日期格式应为 YYYY-MM-DD')
    expect(() => addWorkingDays(calendar, '2026-10-01', -1)).toThrow('工作日数应为非负整数')
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01')
  })
})

describe('工作日历 days as settings store them', () => {
  it('accept each date once, with a name, and explain what is wrong in Chinese', () => {
    const day = { date: '2031-10-01', kind: 'holiday', name: '国庆节' }
    expect(calendarOverridesSchema.safeParse([day]).success).toBe(true)
    const twice = calendarOverridesSchema.safeParse([day, { ...day, kind: 'workday' }])
    expect(twice.error?.issues[0]?.message).toBe('同一日期只能设置一次')
    const empty = calendarOverrideSchema.safeParse({ date: '', kind: 'holiday', name: ' ' })
    expect(empty.error?.issues.map((issue) => issue.message)).toEqual([
      '请选择日期',
      '请填写名称，如“国庆节”',
    ])
    // Older settings without a calendar read as an empty one.
    expect(settingsSchema.parse({ userName: '李明' }).workCalendar).toEqual([])
  })
})
