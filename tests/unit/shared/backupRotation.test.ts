import { describe, expect, it } from 'vitest'
import { backupFileName } from '../../../shared/backup/manifest'
import {
  backupsToDelete,
  KEEP_DAILY,
  KEEP_MONTHLY,
  autoBackupDue,
} from '../../../shared/backup/rotation'

/** One backup a day at 09:30 (and a second at 17:00 on some), for `days` days back from 2026-12-07. */
function names(days: number, twice = false): string[] {
  return Array.from({ length: days }, (_, back) => {
    const day = new Date(2026, 11, 7 - back, 9, 30)
    const evening = new Date(2026, 11, 7 - back, 17, 0)
    return twice && back % 2 === 0
      ? [backupFileName(day), backupFileName(evening)]
      : [backupFileName(day)]
  }).flat()
}

describe('automatic backup rotation', () => {
  it('keeps the newest of each of the last 30 days and of the last 12 months', () => {
    const all = names(500)
    const deleted = new Set(backupsToDelete(all))
    const kept = all.filter((name) => !deleted.has(name))
    const days = new Set(kept.map((name) => name.slice(5, 15)))
    const months = new Set(kept.map((name) => name.slice(5, 12)))
    expect(days.size).toBeGreaterThanOrEqual(KEEP_DAILY)
    expect(months.size).toBe(KEEP_MONTHLY)
    // The 30 newest days are all kept.
    for (const name of names(KEEP_DAILY)) expect(deleted.has(name)).toBe(false)
    expect(kept.length).toBeLessThanOrEqual(KEEP_DAILY + KEEP_MONTHLY)
  })

  it('keeps the later of two backups of a day', () => {
    const all = names(3, true)
    expect(backupsToDelete(all)).toEqual([
      backupFileName(new Date(2026, 11, 7, 9, 30)),
      backupFileName(new Date(2026, 11, 5, 9, 30)),
    ])
  })

  it('never deletes a file it did not make', () => {
    const all = [...names(100), '我的备份.xzbak', '协知备份_旧.xzbak', 'notes.txt']
    const deleted = backupsToDelete(all)
    expect(deleted).not.toContain('我的备份.xzbak')
    expect(deleted).not.toContain('协知备份_旧.xzbak')
    expect(deleted).not.toContain('notes.txt')
  })
})

describe('autoBackupDue', () => {
  const hour = 60 * 60 * 1000
  it('is due with no backup yet, and once the chosen interval has passed', () => {
    const now = Date.UTC(2026, 11, 7, 9)
    expect(autoBackupDue(undefined, now, 24)).toBe(true)
    expect(autoBackupDue(now - 23 * hour, now, 24)).toBe(false)
    expect(autoBackupDue(now - 24 * hour, now, 24)).toBe(true)
    expect(autoBackupDue(now - 59 * 60 * 1000, now, 1)).toBe(false)
    expect(autoBackupDue(now - 4 * hour, now, 4)).toBe(true)
  })
})
