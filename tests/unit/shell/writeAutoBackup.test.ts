import { describe, expect, it } from 'vitest'
import { BACKUP_PART_BYTES, type IpcArgs } from '../../../shared/ipc/contract'
import { writeAutoBackup } from '../../../renderer/shell/writeAutoBackup'

describe('writeAutoBackup', () => {
  it('sends a large backup in parts, in order, the last one marked, and nothing is lost', async () => {
    const sent: IpcArgs<'backup:auto'>[] = []
    const bytes = new Uint8Array(BACKUP_PART_BYTES * 2 + 10).map((_, i) => i % 251)
    const result = await writeAutoBackup(
      {
        autoBackup: (args) => {
          sent.push(args)
          return Promise.resolve(args.last ? { ok: true, path: '/备份/a.xzbak' } : { ok: true })
        },
      },
      'a.xzbak',
      bytes,
    )
    expect(result).toEqual({ ok: true, path: '/备份/a.xzbak' })
    expect(sent.map((p) => [p.index, p.last, p.data.length])).toEqual([
      [0, false, BACKUP_PART_BYTES],
      [1, false, BACKUP_PART_BYTES],
      [2, true, 10],
    ])
    expect(new Set(sent.map((p) => p.session)).size).toBe(1)
    const joined = new Uint8Array(bytes.length)
    let at = 0
    for (const part of sent) {
      joined.set(part.data, at)
      at += part.data.length
    }
    expect(Buffer.compare(joined, bytes)).toBe(0)
  })

  it('stops at the first part the main process refuses', async () => {
    let calls = 0
    const result = await writeAutoBackup(
      {
        autoBackup: () => {
          calls++
          return Promise.resolve({ ok: false, message: '磁盘空间不足' })
        },
      },
      'a.xzbak',
      new Uint8Array(BACKUP_PART_BYTES + 1),
    )
    expect(result).toEqual({ ok: false, message: '磁盘空间不足' })
    expect(calls).toBe(1)
  })
})
