import { cleanText } from '../text/cleanText'
import { toHalfWidth } from '../text/halfWidth'

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters; the 18th is a check character over the first 17.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const

export type CreditCodeProblem = 'length' | 'charset' | 'checkDigit'

/**
 * As people type and paste codes: full-width characters (９１１２…ＭＡ from a Chinese IME) become
 * half-width, invisible characters and spaces go, letters are upper-cased.
 */
export function normalizeCreditCode(input: string): string {
  return toHalfWidth(cleanText(input)).replace(/\s/g, '').toUpperCase()
}

/** The check character for the first 17 characters, or null when one is outside the charset. */
export function creditCodeCheckCharacter(first17: string): string | null {
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(first17.charAt(i))
    if (value < 0) return null
    sum += value * (WEIGHTS[i] ?? 0)
  }
  const check = (31 - (sum % 31)) % 31
  return CHARSET.charAt(check)
}

/** Why a (normalized) code is invalid, or null when it is valid. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'length'
  for (const ch of code) if (!CHARSET.includes(ch)) return 'charset'
  return creditCodeCheckCharacter(code.slice(0, 17)) === code.charAt(17) ? null : 'checkDigit'
}

export const CREDIT_CODE_MESSAGES: Record<CreditCodeProblem, string> = {
  length: '统一社会信用代码应为18位',
  charset: '统一社会信用代码含有无效字符（不使用 I、O、Z、S、V）',
  checkDigit: '统一社会信用代码校验位不正确，请核对',
}

export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(normalizeCreditCode(code)) === null
}
