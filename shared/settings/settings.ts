import { z } from '../zod'
import { calendarOverridesSchema } from '../workdays/calendarOverride'

export const DOCUMENT_FONT_MODES = [
  { value: 'standard', label: '标准公文字体（方正小标宋简体、仿宋_GB2312 等）' },
  { value: 'system', label: '系统字体（宋体、仿宋、黑体、楷体）' },
] as const

/** The settings of this installation (per PC, not shared between PCs). */
export const settingsSchema = z.object({
  /** 本单位: the user's organisation, an org id from the directory. */
  homeOrgId: z.string().max(64).default(''),
  /** The user's name, stored with every change. */
  userName: z.string().trim().max(30, '姓名不能超过30个字').default(''),
  /** 本机名称: how exchange packages from this PC name it (办公室电脑, 张三的笔记本). */
  deviceName: z.string().trim().max(30, '本机名称不能超过30个字').default(''),
  /** 默认发文机关. */
  defaultIssuer: z.string().trim().max(60, '发文机关不能超过60个字').default(''),
  documentFonts: z.enum(['standard', 'system']).default('standard'),
  /** How often the desktop app backs up on its own, in hours. */
  autoBackupHours: z.union([z.literal(1), z.literal(4), z.literal(12), z.literal(24)]).default(24),
  /** 工作日历: holidays and 调休 days of years the built-in calendar does not know yet. */
  workCalendar: calendarOverridesSchema.default([]),
})

export type Settings = z.infer<typeof settingsSchema>

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({})
