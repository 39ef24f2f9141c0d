import { describe, expect, it } from 'vitest'
import { unsealedIndents } from '../../../shared/documents/builders/closing'
import { chineseDate } from '../../../shared/documents/chineseDate'
import { chineseNumeral, HeadingNumberer } from '../../../shared/documents/headingNumbers'
import { lineCount, setWidth, textWidth } from '../../../shared/documents/textMeasure'
import { titleLines, TITLE_CHARS_PER_LINE } from '../../../shared/documents/titleLines'

describe('Chinese numbers and dates', () => {
  it('writes numerals as 公文 do', () => {
    expect([1, 9, 10, 11, 20, 21, 99, 100, 105, 110, 123].map(chineseNumeral)).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '二十',
      '二十一',
      '九十九',
      '一百',
      '一百零五',
      '一百一十',
      '一百二十三',
    ])
  })

  it('writes dates with the full year and unpadded month and day', () => {
    expect(chineseDate('2023-03-05')).toBe('2023年3月5日')
    expect(chineseDate('2026-12-31')).toBe('2026年12月31日')
  })
})

describe('heading numbers', () => {
  it('numbers 一、（一）1.（1） and restarts below a higher level', () => {
    const numberer = new HeadingNumberer()
    const numbers = (['h1', 'h2', 'h3', 'h4', 'h4', 'h3', 'h2', 'h1', 'h2'] as const).map(
      (type) => numberer.next(type, '标题').number,
    )
    expect(numbers).toEqual([
      '一、',
      '（一）',
      '1.',
      '（1）',
      '（2）',
      '2.',
      '（二）',
      '二、',
      '（一）',
    ])
  })

  it('never writes a number twice when the text already has one', () => {
    const numberer = new HeadingNumberer()
    expect(numberer.next('h1', '一、总体要求')).toEqual({ number: '一、', text: '总体要求' })
    expect(numberer.next('h2', '(一) 健全机制')).toEqual({ number: '（一）', text: '健全机制' })
    expect(numberer.next('h3', '1．开展调研')).toEqual({ number: '1.', text: '开展调研' })
    expect(numberer.next('h4', '（1）建立台账')).toEqual({ number: '（1）', text: '建立台账' })
    // A number of another level, or a year, is the heading's own text.
    expect(numberer.next('h3', '2023年工作安排').text).toBe('2023年工作安排')
    expect(numberer.next('h1', '三、二是重点').text).toBe('二是重点')
  })

  it('closes a heading followed by run-in text with 。 unless it has its own punctuation', () => {
    const numberer = new HeadingNumberer()
    expect(numberer.next('h3', '建立工作专班', '由分管领导牵头').text).toBe('建立工作专班。')
    expect(numberer.next('h3', '建立工作专班 ', '由…').text).toBe('建立工作专班。')
    expect(numberer.next('h3', '主要任务：', '一是…').text).toBe('主要任务：')
    expect(numberer.next('h3', '落实“三个一”。', '由…').text).toBe('落实“三个一”。')
    expect(numberer.next('h3', '他说“要抓紧！”', '由…').text).toBe('他说“要抓紧！”')
    // Run-in text that starts with its own punctuation joins as written (会议认为，双方…).
    expect(numberer.next('h1', '会议认为', '，双方建立协作机制以来').text).toBe('会议认为')
    // Without run-in text a heading keeps its text as written.
    expect(numberer.next('h3', '建立工作专班').text).toBe('建立工作专班')
  })
})

describe('text measures', () => {
  it('counts full-width characters as one and half-width as a half', () => {
    expect(textWidth('知识产权')).toBe(4)
    expect(textWidth('2023年3月23日')).toBe(6.5)
    // With the autospace word processors add between digits and Chinese.
    expect(setWidth('2023年3月23日')).toBe(7.75)
    expect(setWidth('天津市知识产权局')).toBe(8)
    expect(lineCount('字'.repeat(26), 28, 2)).toBe(1)
    expect(lineCount('字'.repeat(27), 28, 2)).toBe(2)
    expect(lineCount('字'.repeat(26 + 28 + 1), 28, 2)).toBe(3)
  })
})

describe('title lines', () => {
  it('keeps short titles on one line', () => {
    expect(titleLines('关于召开会商会的通知')).toEqual(['关于召开会商会的通知'])
  })

  it('breaks long titles into even lines of whole words, none a single character', () => {
    const titles = [
      '关于开展2023年度知识产权服务民营企业专项行动的通知',
      '天津市知识产权局 天津市工商业联合会关于印发《天津市协同推进知识产权服务民营经济发展工作的实施意见》的通知',
      '关于进一步加强民营企业知识产权保护和纠纷调解工作的通知',
    ]
    for (const title of titles) {
      const lines = titleLines(title)
      expect(lines.join(''), title).toBe(title)
      expect(lines.length).toBeGreaterThan(1)
      for (const line of lines) {
        expect(textWidth(line)).toBeLessThanOrEqual(TITLE_CHARS_PER_LINE)
        expect(textWidth(line)).toBeGreaterThanOrEqual(2)
      }
      // Domain terms are never cut.
      expect(lines.some((line) => line.endsWith('知识') || line.startsWith('产权'))).toBe(false)
      expect(lines.some((line) => line.endsWith('工商业') && !line.endsWith('工商业联合会'))).toBe(
        false,
      )
      const widths = lines.map(textWidth)
      expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(8)
    }
  })

  it('cuts a title without word breaks evenly', () => {
    const lines = titleLines('A'.repeat(90))
    expect(lines.join('')).toBe('A'.repeat(90))
    expect(lines.every((line) => textWidth(line) <= TITLE_CHARS_PER_LINE)).toBe(true)
  })
})

describe('signature placement', () => {
  it('puts the date two characters right of the name, or two in when the date is longer', () => {
    // Right indent + width is where a line starts, counted from the right edge.
    const starts = (name: number, date: number) => {
      const indents = unsealedIndents(name, date)
      return { name: indents.name + name, date: indents.date + date }
    }
    // A name of 10 characters over 2023年3月23日 (6.5): name two in, the date starts two right of it.
    expect(unsealedIndents(10, 6.5)).toEqual({ name: 2, date: 3.5 })
    expect(starts(10, 6.5)).toEqual({ name: 12, date: 10 })
    // 天津市知识产权局 (8): the date would come 1.5 characters from the edge, so it sits two in
    // and the name moves left to keep the two-character step.
    expect(unsealedIndents(8, 6.5)).toEqual({ date: 2, name: 2.5 })
    expect(starts(8, 6.5).name - starts(8, 6.5).date).toBe(2)
    // 市工商联 (4) with a longer date: the date two in, the name moved left to match.
    expect(unsealedIndents(4, 6.5)).toEqual({ date: 2, name: 6.5 })
  })
})
