import { describe, expect, it } from 'vitest'
import {
  normalizeSearchText,
  queryTokens,
  searchTokensOf,
  textMatchesQuery,
} from '../../../shared/domain/searchTokens'

describe('search tokens', () => {
  it('indexes CJK characters and bigrams, Latin bigrams only', () => {
    const tokens = searchTokensOf(['天津科技', 'AB1'])
    expect(new Set(tokens)).toEqual(
      new Set(['天', '津', '科', '技', '天津', '津科', '科技', 'ab', 'b1']),
    )
  })

  it('makes every substring of two or more characters findable', () => {
    const name = '天津华泰办公用品有限公司'
    const tokens = new Set(searchTokensOf([name]))
    for (let start = 0; start < name.length; start++) {
      for (let end = start + 1; end <= name.length; end++) {
        const query = name.slice(start, end)
        expect(queryTokens(query).every((t) => tokens.has(t))).toBe(true)
      }
    }
  })

  it('normalizes width and case', () => {
    expect(normalizeSearchText('ＡＢｃ　１２３，公司')).toBe('abc123公司')
    expect(queryTokens('９１１２')).toEqual(['91', '11', '12'])
  })

  it('does not search a single Latin character', () => {
    expect(queryTokens('9')).toEqual([])
    expect(queryTokens('科')).toEqual(['科'])
  })

  it('confirms real substrings only', () => {
    expect(textMatchesQuery(['公用办公'], '办公用')).toBe(false)
    expect(textMatchesQuery(['办公用品'], '办公用')).toBe(true)
  })
})
