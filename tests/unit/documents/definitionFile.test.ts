import { describe, expect, it } from 'vitest'
import {
  definitionFileBytes,
  parseDefinitionFile,
} from '../../../renderer/features/documents/definitionFile/definitionFile'

describe('definition files', () => {
  it('writes readable JSON that reads back the same', () => {
    const definition = {
      issuers: ['天津市知识产权局'],
      title: '通知',
      body: [],
      date: '2026-12-02',
    }
    const text = new TextDecoder().decode(definitionFileBytes(definition))
    expect(text).toContain('\n  "title": "通知"')
    expect(parseDefinitionFile('通知.json', text.length, text)).toEqual({
      ok: true,
      input: definition,
    })
  })

  it('reads a file saved with a BOM', () => {
    expect(parseDefinitionFile('a.JSON', 10, '\uFEFF{"title":"x"}')).toEqual({
      ok: true,
      input: { title: 'x' },
    })
  })

  it('refuses what is not a definition, in Chinese', () => {
    expect(parseDefinitionFile('a.docx', 10, '{}')).toEqual({
      ok: false,
      message: '请选择 .json 格式的公文定义文件',
    })
    expect(parseDefinitionFile('a.json', 3_000_000, '{}')).toMatchObject({ ok: false })
    expect(parseDefinitionFile('a.json', 5, '{"a":')).toEqual({
      ok: false,
      message: '“a.json”不是有效的 JSON 文件',
    })
    expect(parseDefinitionFile('a.json', 2, '[]')).toEqual({
      ok: false,
      message: '“a.json”不是公文定义（应为一个 JSON 对象）',
    })
  })
})
