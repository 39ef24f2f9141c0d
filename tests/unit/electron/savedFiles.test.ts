import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isExecutablePath, SavedFiles } from '../../../electron/main/savedFiles'

describe('isExecutablePath', () => {
  it.each([
    'C:\\Users\\a\\Desktop\\setup.exe',
    'C:\\x\\run.BAT',
    'C:\\x\\script.ps1',
    'C:\\x\\link.lnk',
    'C:\\x\\evil.exe.',
    'C:\\x\\evil.exe ',
    'C:\\x\\a.js',
    'C:\\x\\a.hta',
    '/home/a/install.sh',
    '/home/a/xiezhi.desktop',
    '/home/a/tool.AppImage',
    '/home/a/pkg.deb',
  ])('refuses %s', (file) => {
    expect(isExecutablePath(file)).toBe(true)
  })

  it.each([
    'C:\\x\\走访记录.docx',
    'C:\\x\\企业名单.xlsx',
    '/home/a/报告.pdf',
    '/home/a/备份.zip',
    '/home/a/notes.txt',
    '/home/a/exe',
    '/home/a/setup.exe.docx',
  ])('allows %s', (file) => {
    expect(isExecutablePath(file)).toBe(false)
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

  it('refuses an executable even if it was saved', () => {
    const saved = new SavedFiles('win32', path.win32)
    saved.remember('C:\\x\\tool.exe')
    const result = saved.check('C:\\x\\tool.exe')
    expect(result).toEqual({ ok: false, message: '出于安全考虑，协知不打开可执行文件' })
  })

  it('refuses a path with a NUL byte', () => {
    const saved = new SavedFiles('linux', path.posix)
    saved.remember('/a/b.docx')
    expect(saved.check('/a/b.docx\0.exe').ok).toBe(false)
  })
})
