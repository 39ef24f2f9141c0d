import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync, strFromU8 } from 'fflate'
import type * as FsPromises from 'node:fs/promises'
import { describe, expect, it, vi } from 'vitest'
import { outputPath, parseArgs, UsageError } from '../../../scripts/gongwen/args'
import { writeDocument } from '../../../scripts/gongwen/writeDocument'

/** What the file system was asked to do, in order, while a document was written. */
const fsLog = vi.hoisted(() => [] as string[])

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>()
  return {
    ...actual,
    open: async (...args: Parameters<typeof actual.open>) => {
      const handle = await actual.open(...args)
      const sync = handle.sync.bind(handle)
      handle.sync = () => {
        fsLog.push('fsync')
        return sync()
      }
      return handle
    },
    rename: (from: string, to: string) => {
      fsLog.push('rename')
      return actual.rename(from, to)
    },
  }
})

const root = new URL('../../../', import.meta.url).pathname

function gongwen(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'scripts/gongwen.ts'), ...args],
    {
      cwd: root,
      encoding: 'utf8',
    },
  )
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('gongwen arguments', () => {
  it('parses render and check', () => {
    expect(parseArgs(['render', 'a.json', '-o', 'out.docx'])).toEqual({
      command: 'render',
      inputs: ['a.json'],
      output: 'out.docx',
    })
    expect(parseArgs(['check', 'a.json', 'b.json'])).toEqual({
      command: 'check',
      inputs: ['a.json', 'b.json'],
    })
    expect(parseArgs(['--help'])).toEqual({ command: 'help' })
    expect(parseArgs(['-h'])).toEqual({ command: 'help' })
    expect(parseArgs(['help'])).toEqual({ command: 'help' })
  })

  it('refuses what it cannot do, in Chinese', () => {
    expect(() => parseArgs([])).toThrow(new UsageError('请写明命令：render 或 check'))
    expect(() => parseArgs(['print'])).toThrow(new UsageError('未知命令：print'))
    expect(() => parseArgs(['render'])).toThrow('请给出至少一个定义文件')
    expect(() => parseArgs(['render', 'a.json', 'b.json', '-o', 'x.docx'])).toThrow(
      '多个定义文件请输出到文件夹',
    )
    expect(() => parseArgs(['check', 'a.json', '-o', 'x'])).toThrow('check 不生成文件')
    expect(() => parseArgs(['render', 'a.json', '-o'])).toThrow('-o 后面应写输出文件或文件夹')
  })

  it('puts each document where -o says, or beside its definition', () => {
    const join = (...parts: string[]) => parts.join('/')
    expect(outputPath('defs/notice.json', undefined, join)).toBe('defs/notice.docx')
    expect(outputPath('defs/notice.json', 'out.docx', join)).toBe('out.docx')
    expect(outputPath('defs/notice.json', 'folder', join)).toBe('folder/notice.docx')
  })
})

describe('writeDocument', () => {
  it('flushes the document to disk before putting it in place, in a new folder if need be', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'gongwen-write-')), '新文件夹', '通知.docx')
    fsLog.length = 0
    await writeDocument(target, new TextEncoder().encode('PK document'))
    expect(fsLog).toEqual(['fsync', 'rename'])
    expect(readFileSync(target, 'utf8')).toBe('PK document')
    expect(readdirSync(join(target, '..'))).toEqual(['通知.docx'])
  })
})

describe('gongwen command line', () => {
  const folder = mkdtempSync(join(tmpdir(), 'gongwen-'))

  it('renders several definitions into a folder and exits 0', () => {
    const result = gongwen(
      'render',
      'examples/file-notice.json',
      'examples/letter.json',
      '-o',
      folder,
    )
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const document = unzipSync(readFileSync(join(folder, 'file-notice.docx')))['word/document.xml']
    expect(strFromU8(document ?? new Uint8Array())).toContain('天津市知识产权局文件')
    expect(existsSync(join(folder, 'letter.docx'))).toBe(true)
  })

  it('renders a report with charts as pictures, as the app does', () => {
    const result = gongwen('render', 'examples/survey-report.json', '-o', folder)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const files = unzipSync(readFileSync(join(folder, 'survey-report.docx')))
    const pictures = Object.keys(files).filter((name) => /^word\/media\/.+\.png$/.test(name))
    expect(pictures).toHaveLength(2)
    expect(strFromU8(files['word/document.xml'] ?? new Uint8Array())).toContain(
      '图2 走访企业按行业分布',
    )
  })

  it('exits 1 naming each wrong field, and writes nothing for that definition', () => {
    const bad = join(folder, 'bad.json')
    writeFileSync(
      bad,
      JSON.stringify({
        issuers: ['天津市知识产权局'],
        title: '通知',
        body: [],
        date: '2023-13-01',
        documentNumber: '津知发〔2023〕05号',
      }),
    )
    const result = gongwen('render', bad, '-o', join(folder, 'bad.docx'))
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('date: 成文日期格式应为 YYYY-MM-DD')
    expect(result.stderr).toContain('documentNumber: 发文字号的序号不编虚位，应为〔2023〕5号')
    expect(existsSync(join(folder, 'bad.docx'))).toBe(false)
    const notJson = join(folder, 'broken.json')
    writeFileSync(notJson, '{ "title": ')
    expect(gongwen('check', notJson).stderr).toContain('不是有效的 JSON')
  })

  it('checks without writing, and exits 2 for a missing file or bad arguments', () => {
    const ok = gongwen('check', 'examples/minutes.json')
    expect(ok.code).toBe(0)
    expect(ok.stdout).toContain('定义正确')
    const missing = gongwen('check', join(folder, 'nothing.json'))
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('无法读取文件（ENOENT）')
    expect(gongwen('frobnicate').code).toBe(2)
  })

  it('prints the usage and exits 2 when no command is given, 0 when help is asked for', () => {
    const bare = gongwen()
    expect(bare.code).toBe(2)
    expect(bare.stdout).toBe('')
    expect(bare.stderr).toContain('请写明命令：render 或 check')
    expect(bare.stderr).toContain('用法：')
    const help = gongwen('--help')
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('用法：')
    expect(help.stderr).toBe('')
  })

  it('exits 2 and leaves no temporary file when the document cannot be put in place', () => {
    const target = join(folder, 'taken.docx')
    // A folder with something in it, where the document should go: the final rename fails.
    mkdirSync(target)
    writeFileSync(join(target, 'inside'), 'x')
    const before = readdirSync(folder).sort()
    const result = gongwen('render', 'examples/letter.json', '-o', target)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`${target}: 无法写入`)
    expect(readdirSync(folder).sort()).toEqual(before)
    expect(readdirSync(target)).toEqual(['inside'])
  })
})
