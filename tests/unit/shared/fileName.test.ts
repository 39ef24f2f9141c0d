import { describe, expect, it } from 'vitest'
import { MAX_FILE_NAME_LENGTH, toSafeFileName } from '../../../shared/files/fileName'
import { fileNameSchema } from '../../../shared/ipc/contract'
import { cleanText } from '../../../shared/text/cleanText'

const accepted = (name: string) => fileNameSchema.safeParse(name).success

function refusal(name: string): string {
  const result = fileNameSchema.safeParse(name)
  return result.success ? '' : (result.error.issues[0]?.message ?? '')
}

const INVISIBLE_MESSAGE = '文件名含有看不见的字符（方向控制符、零宽字符或无效字符）'

describe('fileNameSchema', () => {
  it.each([
    ['right-to-left override (shows payload.xll as …llx.docx)', '\u202e'],
    ['left-to-right override', '\u202d'],
    ['left-to-right embedding', '\u202a'],
    ['right-to-left embedding', '\u202b'],
    ['pop directional formatting', '\u202c'],
    ['left-to-right isolate', '\u2066'],
    ['right-to-left isolate', '\u2067'],
    ['first strong isolate', '\u2068'],
    ['pop directional isolate', '\u2069'],
    ['left-to-right mark', '\u200e'],
    ['right-to-left mark', '\u200f'],
    ['Arabic letter mark', '\u061c'],
    ['zero-width space', '\u200b'],
    ['zero-width non-joiner', '\u200c'],
    ['zero-width joiner', '\u200d'],
    ['word joiner', '\u2060'],
    ['invisible separator', '\u2063'],
    ['byte order mark', '\ufeff'],
    ['Mongolian vowel separator', '\u180e'],
    ['soft hyphen', '\u00ad'],
    ['line separator', '\u2028'],
    ['paragraph separator', '\u2029'],
    ['next line (C1)', '\u0085'],
    ['delete', '\u007f'],
    ['noncharacter U+FFFE', '\ufffe'],
    ['noncharacter U+FFFF', '\uffff'],
    ['noncharacter U+FDD0', '\ufdd0'],
    ['lone high surrogate', '\ud83d'],
    ['lone low surrogate', '\ude00'],
    ['surrogates in the wrong order', '\ude00\ud83d'],
  ])('refuses a %s', (_name, character) => {
    expect(refusal(`报告${character}名单.docx`)).toBe(INVISIBLE_MESSAGE)
    expect(accepted(`${character}报告.docx`)).toBe(false)
    expect(accepted(`报告.docx${character}`)).toBe(false)
  })

  it.each([
    ['a tab', 'a\tb.docx'],
    ['a line break', 'a\nb.docx'],
    ['a NUL', 'a\u0000b.docx'],
    ['a slash', 'a/b.docx'],
    ['a backslash', 'a\\b.docx'],
    ['a colon', 'a:b.docx'],
    ['a question mark', '为什么?.docx'],
    ['a star', 'a*.docx'],
    ['quotes', '"a".docx'],
    ['angle brackets', '<a>.docx'],
    ['a pipe', 'a|b.docx'],
  ])('refuses %s as a character Windows does not allow', (_name, name) => {
    expect(refusal(name)).toBe('文件名含有不允许的字符')
  })

  it.each([
    ['.', '文件名无效'],
    ['..', '文件名无效'],
    ['报告.', '文件名不能以句点或空格结尾'],
    ['报告.docx ', '文件名不能以句点或空格结尾'],
    ['CON.docx', '文件名是系统保留的名称'],
    ['lpt1', '文件名是系统保留的名称'],
    ['', ''],
    ['长'.repeat(MAX_FILE_NAME_LENGTH + 1), ''],
  ])('refuses %j', (name, message) => {
    expect(accepted(name)).toBe(false)
    if (message !== '') expect(refusal(name)).toBe(message)
  })

  it.each([
    '津知发〔2026〕5号 关于开展专项行动的通知.docx',
    '企业名单_2026-12-01.xlsx',
    '关于“小巨人”企业的报告（终稿）.pdf',
    '备份 2026-12-01.xzbak',
    'ＡＢＣ全角　空格.docx',
    '表情😀.docx',
    'café.docx',
    'تقرير.docx',
    'דוח.xlsx',
    '.hidden',
    'console.docx',
    '长'.repeat(MAX_FILE_NAME_LENGTH),
  ])('accepts %j', (name) => {
    expect(accepted(name)).toBe(true)
  })

  it('refuses every character the shared text cleaner removes or rewrites', () => {
    const missed: string[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code)
      if (cleanText(character) === character) continue
      if (accepted(`a${character}b.docx`)) missed.push(`U+${code.toString(16).padStart(4, '0')}`)
    }
    expect(missed).toEqual([])
  })
})

describe('toSafeFileName', () => {
  it.each([
    ['a\u200bb.docx', 'ab.docx'],
    ['\u202e报告.docx', '报告.docx'],
    ['a\ud83db.docx', 'ab.docx'],
    ['a/b:c*d.docx', 'a_b_c_d.docx'],
    ['a\tb.docx', 'a_b.docx'],
    ['CON.docx', '_CON.docx'],
    ['报告.docx. ', '报告.docx'],
    ['  报告.docx', '报告.docx'],
    ['', '文件'],
    ['...', '文件'],
    ['\u200b.docx', '.docx'],
    ['表情😀.docx', '表情😀.docx'],
    ['津知发〔2026〕5号 通知.docx', '津知发〔2026〕5号 通知.docx'],
  ])('%j → %j', (name, expected) => {
    expect(toSafeFileName(name)).toBe(expected)
  })

  it('shortens a long name before its extension, never inside a character', () => {
    const name = toSafeFileName(`${'😀'.repeat(150)}.docx`)
    expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH)
    expect(name.endsWith('😀.docx')).toBe(true)
    expect(accepted(name)).toBe(true)
  })

  it('always gives a name the shell accepts', () => {
    for (const name of [
      'a/b\\c:d*e?f"g<h>i|j.docx',
      '\u0001\u0002',
      '\u202e\u200b\ufeff',
      '报告\u2028第二行.docx',
      `${'x'.repeat(300)}.xlsx`,
      `CON.${'x'.repeat(300)}`,
      'nul',
      ' . . ',
      '\udfff\ud800',
    ]) {
      expect(accepted(toSafeFileName(name)), JSON.stringify(name)).toBe(true)
    }
  })
})
