import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { XiezhiDatabase } from '../../../renderer/data/database'
import { AttachmentRefusedError } from '../../../renderer/data/errors'
import { readFile, storeFile } from '../../../renderer/data/files'
import { DEFAULT_ATTACHMENT_RULES } from '../../../shared/kinds/attachments'
import { openTestDatabase } from './testDatabase'

let db: XiezhiDatabase
beforeEach(async () => {
  db = await openTestDatabase()
})
afterEach(() => db.delete())

const chosen = (name: string, content: string | Uint8Array<ArrayBuffer>, type = '') => {
  const blob = new Blob([content], { type })
  return Object.assign(blob, { name })
}

describe('attached files', () => {
  it('keeps the bytes under their SHA-256 and describes the file for the record', async () => {
    const attachment = await storeFile(db, chosen('纪要.txt', 'abc'), DEFAULT_ATTACHMENT_RULES)
    expect(attachment).toMatchObject({
      // SHA-256 of "abc".
      id: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      name: '纪要.txt',
      type: 'text/plain',
      size: 3,
    })
    const blob = await readFile(db, attachment.id)
    expect(await blob?.text()).toBe('abc')
    expect(blob?.type).toBe('text/plain')
  })

  it('keeps the same file once, however often it is attached', async () => {
    const first = await storeFile(
      db,
      chosen('a.png', 'same', 'image/png'),
      DEFAULT_ATTACHMENT_RULES,
    )
    const second = await storeFile(
      db,
      chosen('b.png', 'same', 'image/png'),
      DEFAULT_ATTACHMENT_RULES,
    )
    expect(second.id).toBe(first.id)
    expect(second.name).toBe('b.png')
    expect(await db.files.count()).toBe(1)
  })

  it('refuses a type not allowed, a file over the cap and an empty file, in Chinese', async () => {
    await expect(
      storeFile(db, chosen('tool.exe', 'MZ', 'application/x-msdownload'), DEFAULT_ATTACHMENT_RULES),
    ).rejects.toThrow(/类型不能作为附件/)
    await expect(
      storeFile(db, chosen('big.pdf', new Uint8Array(11)), {
        ...DEFAULT_ATTACHMENT_RULES,
        maxBytes: 10,
      }),
    ).rejects.toThrow(AttachmentRefusedError)
    await expect(storeFile(db, chosen('空.txt', ''), DEFAULT_ATTACHMENT_RULES)).rejects.toThrow(
      /空文件/,
    )
    expect(await db.files.count()).toBe(0)
  })

  it('answers undefined for a file this PC does not have', async () => {
    expect(await readFile(db, 'f'.repeat(64))).toBeUndefined()
  })
})
