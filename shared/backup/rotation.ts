import { BACKUP_EXTENSION } from '../files/appFileTypes'

/** Automatic backups kept: the newest of each of the last 30 days and of the last 12 months. */
export const KEEP_DAILY = 30
export const KEEP_MONTHLY = 12

/** The folder under the user's Documents where automatic backups go. */
export const AUTO_BACKUP_FOLDER = '协知自动备份'

/** 协知备份_2026-12-07_0930.xzbak → 2026-12-07 0930 (the names backupFileName makes). */
const AUTO_NAME = new RegExp(`^协知备份_(\\d{4}-\\d{2})-(\\d{2})_(\\d{4})\\.${BACKUP_EXTENSION}$`)

/**
 * Which automatic backups to delete: all but the newest of each of the last KEEP_DAILY days that
 * have one and the newest of each of the last KEEP_MONTHLY months. Names not made by the app
 * (a file the user put there) are never touched.
 */
export function backupsToDelete(names: readonly string[]): string[] {
  const ours = names
    .map((name) => ({ name, match: AUTO_NAME.exec(name) }))
    .flatMap(({ name, match }) =>
      match
        ? [
            {
              name,
              month: match[1] ?? '',
              day: `${match[1] ?? ''}-${match[2] ?? ''}`,
              time: match[3] ?? '',
            },
          ]
        : [],
    )
    // Newest first: the first of each day or month met is the one kept.
    .sort((a, b) => `${b.day} ${b.time}`.localeCompare(`${a.day} ${a.time}`))
  const keep = new Set<string>()
  const days = new Set<string>()
  const months = new Set<string>()
  for (const backup of ours) {
    if (!days.has(backup.day) && days.size < KEEP_DAILY) {
      days.add(backup.day)
      keep.add(backup.name)
    }
    if (!months.has(backup.month) && months.size < KEEP_MONTHLY) {
      months.add(backup.month)
      keep.add(backup.name)
    }
  }
  return ours.filter((backup) => !keep.has(backup.name)).map((backup) => backup.name)
}

/** The choices of 自动备份频率, in hours. */
export const AUTO_BACKUP_INTERVALS = [
  { hours: 1, label: '每小时' },
  { hours: 4, label: '每 4 小时' },
  { hours: 12, label: '每 12 小时' },
  { hours: 24, label: '每天' },
] as const

/** Whether an automatic backup is due: none yet, or the last is `hours` old. */
export function autoBackupDue(lastAt: number | undefined, now: number, hours: number): boolean {
  return lastAt === undefined || now - lastAt >= hours * 60 * 60 * 1000
}

/**
 * Whether `name` is an automatic backup's name dated within a day of `now`: the main process
 * takes only such names, so a page cannot plant future-dated files that rotation would keep
 * while deleting every real backup.
 */
export function isCurrentAutoBackupName(name: string, now: number): boolean {
  const match = AUTO_NAME.exec(name)
  if (!match) return false
  const [, month = '', day = ''] = match
  const dated = Date.parse(`${month}-${day}T12:00:00`)
  return Number.isFinite(dated) && Math.abs(dated - now) <= 36 * 60 * 60 * 1000
}
