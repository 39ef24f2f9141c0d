import { describe, expect, it } from 'vitest'
import { cleanText } from '../../../shared/text/cleanText'

describe('cleanText', () => {
  it('drops control characters and keeps tabs, line breaks and ordinary text', () => {
    expect(cleanText('a\u0000b\u0007c\u001fd\ne\tf😀<&>\u007f\u0085')).toBe('abcd\ne\tf😀<&>')
  })

  it('drops what XML cannot hold: U+FFFE, U+FFFF and lone surrogates', () => {
    expect(cleanText('标\uffff题\ufffe')).toBe('标题')
    expect(cleanText('a\ud800b\udc00c')).toBe('abc')
    expect(cleanText('😀')).toBe('😀')
  })

  it('drops direction marks and overrides, so pasted 反向 stays 反向', () => {
    expect(cleanText('\u202e反向\u202c')).toBe('反向')
    expect(cleanText('反\u200f向\u200e\u2066\u2069\u061c')).toBe('反向')
  })

  it('drops zero-width characters, so names that look the same are the same', () => {
    expect(cleanText('天津\u200b联达\ufeff宝\u2060\u200c\u200d')).toBe('天津联达宝')
  })

  it('turns the line separators Word copies into line breaks', () => {
    expect(cleanText('第一行\u000b第二行\u2028第三行\u2029第四行\u000c第五行')).toBe(
      '第一行\n第二行\n第三行\n第四行\n第五行',
    )
  })
})
