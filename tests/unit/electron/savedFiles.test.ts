import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  appFileTypeOfPath,
  NOT_AN_APP_FILE_MESSAGE,
  SavedFiles,
} from '../../../electron/main/savedFiles'

/** Types the reliability audit saved and then launched through file:open (table row 2d). */
const RISKY = [
  'xll docm xlsm iso img vhd vhdx msix appx settingcontent-ms library-ms search-ms iqy slk wsc sct',
  'diagcab jnlp mht htm html svg rdp website theme',
  // and what the old denylist named
  'exe com bat cmd msi scr lnk url hta js vbs ps1 reg jar chm sh desktop appimage deb py',
].flatMap((line) => line.split(' '))

describe('appFileTypeOfPath', () => {
  it.each([
    ['C:\\Users\\a\\Desktop\\走访记录.docx', 'docx'],
    ['C:\\x\\企业名单.XLSX', 'xlsx'],
    ['/home/a/报告.pdf', 'pdf'],
    ['/home/a/定义.json', 'json'],
    ['/home/a/备份 2026-12-01.xzbak', 'xzbak'],
    ['/home/a/交换包.xzpkg', 'xzpkg'],
    ['C:\\x\\a.docx. ', 'docx'],
    ['/home/a/setup.exe.docx', 'docx'],
  ])('knows %s as %s', (file, type) => {
    expect(appFileTypeOfPath(file)).toBe(type)
  })

  it.each(RISKY.map((extension) => [`C:\\x\\payload.${extension}`]))('refuses %s', (file) => {
    expect(appFileTypeOfPath(file)).toBeNull()
  })

  it.each([
    ['a program with trailing dots', 'C:\\x\\evil.exe. '],
    ['a Word name hiding a stream of a program', 'C:\\x\\evil.exe:x.docx'],
    ['a name without an extension', '/home/a/docx'],
    ['a hidden file named like an extension', '/home/a/.docx'],
    ['a Cyrillic о in docx', '/home/a/a.d\u043ecx'],
    ['a folder named like a document', 'C:\\x\\a.docx\\'],
  ])('refuses %s', (_case, file) => {
    expect(appFileTypeOfPath(file)).toBeNull()
  })
})

describe('SavedFiles', () => {
  it('allows only files saved in this run', () => {
    const saved = new SavedFiles('linux', path.posix)
    saved.remember('/home/a/报告.docx')
    expect(saved.check('/home/a/报告.docx')).toEqual({ ok: true, path: '/home/a/报告.docx' })
    const other = saved.check('/home/a/其他.docx')
    expect(other.ok).toBe(false)
    expect(other.ok ? '' : other.message).toContain('本次运行中保存的文件')
  })

  it('compares normalised paths', () => {
    const saved = new SavedFiles('linux', path.posix)
    saved.remember('/home/a/docs/报告.docx')
    expect(saved.check('/home/a/tmp/../docs/./报告.docx').ok).toBe(true)
  })

  it('is case-sensitive on Linux', () => {
    const saved = new SavedFiles('linux', path.posix)
    saved.remember('/home/a/Report.docx')
    expect(saved.check('/home/a/report.docx').ok).toBe(false)
  })

  it('ignores case on Windows', () => {
    const saved = new SavedFiles('win32', path.win32)
    saved.remember('C:\\Users\\a\\Documents\\Report.docx')
    expect(saved.check('c:\\users\\A\\documents\\REPORT.DOCX').ok).toBe(true)
  })

  it.each(['docx', 'xlsx', 'pdf', 'json', 'xzbak', 'xzpkg'])('opens a saved .%s', (extension) => {
    const saved = new SavedFiles('win32', path.win32)
    saved.remember(`C:\\x\\文件.${extension}`)
    expect(saved.check(`C:\\x\\文件.${extension}`).ok).toBe(true)
  })

  it.each(RISKY)('never opens a .%s, even one it saved', (extension) => {
    const saved = new SavedFiles('win32', path.win32)
    saved.remember(`C:\\x\\payload.${extension}`)
    expect(saved.check(`C:\\x\\payload.${extension}`)).toEqual({
      ok: false,
      message: NOT_AN_APP_FILE_MESSAGE,
    })
  })

  it('refuses a request ending in a folder step, whatever the folder is called', () => {
    const saved = new SavedFiles('linux', path.posix)
    saved.remember('/home/a/tool.sh')
    expect(saved.check('/home/a/tool.sh/x/..').ok).toBe(false)
    expect(saved.check('/home/a/tool.sh/./').ok).toBe(false)
  })

  it('refuses a path with a NUL byte', () => {
    const saved = new SavedFiles('linux', path.posix)
    saved.remember('/a/b.docx')
    expect(saved.check('/a/b.docx\0.exe').ok).toBe(false)
  })
})
