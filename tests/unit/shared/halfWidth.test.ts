import { describe, expect, it } from 'vitest'
import { toHalfWidth } from '../../../shared/text/halfWidth'

describe('toHalfWidth', () => {
  it('turns full-width ASCII and the ideographic space into half-width, and nothing else', () => {
    expect(toHalfWidth('ＡＢｃ０９－（）＃\u3000天津。、')).toBe('ABc09-()# 天津。、')
  })

  it('includes the full-width comma, so it is for codes and numbers, not prose', () => {
    expect(toHalfWidth('０２２，１２３')).toBe('022,123')
  })
})
