import { describe, expect, it } from 'vitest'
import {
  creditCodeCheckCharacter,
  creditCodeProblem,
  isValidCreditCode,
  normalizeCreditCode,
} from '../../../shared/domain/creditCode'
import { SeededRandom } from '../../../shared/samples/random'
import { sampleCreditCode } from '../../../shared/samples/enterprises'

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts the examples from the brief', () => {
    expect(creditCodeProblem('914403001922038216')).toBeNull()
    expect(creditCodeProblem('91110000100006485K')).toBeNull()
  })

  it('computes the check character from the first 17', () => {
    expect(creditCodeCheckCharacter('91440300192203821')).toBe('6')
    expect(creditCodeCheckCharacter('91110000100006485')).toBe('K')
  })

  it('maps a check value of 31 to 0', () => {
    // Search a body whose weighted sum is divisible by 31: the check character must be '0'.
    const random = new SeededRandom(7)
    let found = false
    for (let i = 0; i < 5000 && !found; i++) {
      const code = sampleCreditCode(random, '河西区')
      if (code.endsWith('0')) {
        expect(creditCodeProblem(code)).toBeNull()
        found = true
      }
    }
    expect(found).toBe(true)
  })

  it('names the problem of a wrong code', () => {
    expect(creditCodeProblem('914403001922038217')).toBe('checkDigit')
    expect(creditCodeProblem('91440300192203821')).toBe('length')
    expect(creditCodeProblem('9144030019220382I6')).toBe('charset')
    expect(creditCodeProblem('91440300192203821O')).toBe('charset')
  })

  it('normalizes case and spaces before checking', () => {
    expect(normalizeCreditCode(' 91110000 10000 6485k ')).toBe('91110000100006485K')
    expect(isValidCreditCode('91110000100006485k')).toBe(true)
  })

  it('generates valid codes for samples', () => {
    const random = new SeededRandom(1)
    for (let i = 0; i < 200; i++)
      expect(creditCodeProblem(sampleCreditCode(random, '滨海新区'))).toBeNull()
  })
})

describe('a code typed with a Chinese IME in full-width mode', () => {
  it('is read as the same code in half-width', () => {
    expect(normalizeCreditCode('９１１２０１１６ＭＡ０５Ｔ８ＱＫ２３')).toBe('91120116MA05T8QK23')
    expect(isValidCreditCode('９１１２０１１６ｍａ０５ｔ８ｑｋ２３')).toBe(true)
    expect(normalizeCreditCode('9112\u200b0116\u3000MA05T8QK23')).toBe('91120116MA05T8QK23')
  })
})
