import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomic, writeFileAtomicSync } from '../../../electron/main/atomicWrite'

let dir = ''
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xiezhi-atomic-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe.each([
  ['writeFileAtomic', (file: string, data: string) => writeFileAtomic(file, data)],
  [
    'writeFileAtomicSync',
    async (file: string, data: string) => {
      writeFileAtomicSync(file, data)
      await Promise.resolve()
    },
  ],
])('%s', (_name, write) => {
  it('writes a new file and leaves nothing else', async () => {
    await write(join(dir, '报告.docx'), 'new')
    expect(await readFile(join(dir, '报告.docx'), 'utf8')).toBe('new')
    expect(await readdir(dir)).toEqual(['报告.docx'])
  })

  it('replaces an existing file', async () => {
    await writeFile(join(dir, 'a.txt'), 'old content that is longer')
    await write(join(dir, 'a.txt'), 'new')
    expect(await readFile(join(dir, 'a.txt'), 'utf8')).toBe('new')
  })

  it('removes its temporary file when the final rename fails', async () => {
    await mkdir(join(dir, 'taken'))
    await writeFile(join(dir, 'taken', 'inside'), 'x')
    await expect(write(join(dir, 'taken'), 'data')).rejects.toThrow()
    expect(await readdir(dir)).toEqual(['taken'])
  })
})
