import { describe, expect, it } from 'vitest'
import {
  APP_FILE_EXTENSIONS,
  APP_FILE_TYPES,
  appFileExtensionOf,
  BACKUP_EXTENSION,
  describeAppFileExtensions,
  isAppFileExtension,
  PACKAGE_EXTENSION,
} from '../../../shared/files/appFileTypes'

describe('the kinds of file 协知 writes', () => {
  it('are the documents, sheets, PDFs, JSON, backups and exchange packages', () => {
    expect(BACKUP_EXTENSION).toBe('xzbak')
    expect(PACKAGE_EXTENSION).toBe('xzpkg')
    expect(APP_FILE_EXTENSIONS).toEqual(['docx', 'xlsx', 'pdf', 'json', 'xzbak', 'xzpkg'])
    expect(APP_FILE_TYPES.xzbak).toBe('协知备份')
    expect(describeAppFileExtensions()).toBe('.docx、.xlsx、.pdf、.json、.xzbak 或 .xzpkg')
  })

  it('are lower case, without dots, and nothing inherited counts', () => {
    expect(isAppFileExtension('docx')).toBe(true)
    expect(isAppFileExtension('DOCX')).toBe(false)
    expect(isAppFileExtension('.docx')).toBe(false)
    expect(isAppFileExtension('toString')).toBe(false)
    expect(isAppFileExtension('__proto__')).toBe(false)
  })
})

describe('appFileExtensionOf', () => {
  it.each([
    ['走访记录.docx', 'docx'],
    ['名单.XLSX', 'xlsx'],
    ['报告.Pdf', 'pdf'],
    ['a.b.json', 'json'],
    ['备份.xzbak', 'xzbak'],
    ['交换包.xzpkg', 'xzpkg'],
    ['报告.docx.', 'docx'],
    ['报告.docx . ', 'docx'],
  ])('%s is a .%s', (name, extension) => {
    expect(appFileExtensionOf(name)).toBe(extension)
  })

  it.each([
    'payload.xll',
    'macro.docm',
    'macro.xlsm',
    'disk.iso',
    'page.html',
    'setup.exe',
    'evil.exe. ',
    'evil.exe:x.docx',
    'a.docx:Zone.Identifier',
    'docx',
    '.docx',
    '',
    'a.docx.exe',
    'a.d\u043ecx',
    'a.doc',
  ])('%j is not one', (name) => {
    expect(appFileExtensionOf(name)).toBeNull()
  })
})
