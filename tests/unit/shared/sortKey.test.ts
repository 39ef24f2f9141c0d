import { describe, expect, it } from 'vitest'
import { sortKeyOf } from '../../../shared/domain/sortKey'

describe('拼音 sort key', () => {
  it('orders names as a Chinese dictionary does', () => {
    const names = ['张三科技', '阿姨家政', '安达物流', '北辰机械', '和平商贸', '重庆银行']
    const sorted = [...names].sort((a, b) => (sortKeyOf(a) < sortKeyOf(b) ? -1 : 1))
    expect(sorted).toEqual(['阿姨家政', '安达物流', '北辰机械', '重庆银行', '和平商贸', '张三科技'])
  })

  it('reads polyphones in context', () => {
    expect(sortKeyOf('银行').replace(/\s+/g, ' ').trim()).toBe('yin hang')
  })

  it('is empty for empty text', () => {
    expect(sortKeyOf('  ')).toBe('')
  })
})
