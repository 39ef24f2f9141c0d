import { z } from '../zod'

/**
 * A day an administrator declares for a year the State Council had not announced when the app
 * was built: a holiday on a weekday (放假) or a weekend worked (上班, 调休).
 */
export const calendarOverrideSchema = z.object({
  date: z.iso.date({
    error: (issue) => (issue.input === '' ? '请选择日期' : '日期格式应为 YYYY-MM-DD'),
  }),
  kind: z.enum(['holiday', 'workday']),
  name: z.string().trim().min(1, '请填写名称，如“国庆节”').max(20, '名称不能超过20个字'),
})

export type CalendarOverride = z.infer<typeof calendarOverrideSchema>

export const CALENDAR_OVERRIDE_KINDS = [
  { value: 'holiday', label: '放假' },
  { value: 'workday', label: '上班（调休）' },
] as const

/** Each date once; kept in date order. */
export const calendarOverridesSchema = z
  .array(calendarOverrideSchema)
  .max(1000)
  .refine((days) => new Set(days.map((d) => d.date)).size === days.length, '同一日期只能设置一次')
