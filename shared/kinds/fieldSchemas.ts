import { CREDIT_CODE_MESSAGES, creditCodeProblem, normalizeCreditCode } from '../domain/creditCode'
import { cleanText } from '../text/cleanText'
import { toHalfWidth } from '../text/halfWidth'
import { z } from '../zod'

/**
 * Field schemas with Chinese messages, shared by every kind. Empty optional text is ''. Text is
 * cleaned of control, direction and zero-width characters (cleanText) wherever it comes from: a
 * form, an import or a package.
 */

export function requiredText(label: string, max: number) {
  return z
    .string({ error: `请填写${label}` })
    .overwrite(cleanText)
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过${max}个字`)
}

export function optionalText(label: string, max: number) {
  return z
    .string({ error: `${label}应为文字` })
    .overwrite(cleanText)
    .trim()
    .max(max, `${label}不能超过${max}个字`)
    .default('')
}

export function optionalChoice<const T extends readonly [string, ...string[]]>(
  values: T,
  label: string,
) {
  return z.union([z.enum(values), z.literal('')], { error: `${label}不是有效的选项` }).default('')
}

export function choiceList<const T extends readonly [string, ...string[]]>(
  values: T,
  label: string,
) {
  return z
    .array(z.enum(values, { error: `${label}含有无效的选项` }))
    .max(values.length)
    .default([])
    .transform((list) => [...new Set(list)])
}

export function textList(label: string, maxItems: number, maxLength: number) {
  return z
    .array(
      z
        .string()
        .overwrite(cleanText)
        .trim()
        .min(1)
        .max(maxLength, `${label}每项不能超过${maxLength}个字`),
    )
    .max(maxItems, `${label}最多${maxItems}项`)
    .default([])
    .transform((list) => [...new Set(list)])
}

/** A non-negative whole number; blank input counts as 0. */
export function count(label: string) {
  return z.preprocess(
    (value) => {
      if (value === '' || value === null || value === undefined) return 0
      if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value)
      return value
    },
    z
      .number({ error: `${label}应为数字` })
      .int(`${label}应为整数`)
      .min(0, `${label}不能为负数`)
      .max(10_000_000, `${label}数值过大`),
  )
}

const PHONE = /^[0-9+\-()（）\s转#,，、/]{3,40}$/u

/** A phone number; full-width digits and signs from a Chinese IME are read as half-width. */
export function phone(label: string) {
  return optionalText(label, 40)
    .overwrite(toHalfWidth)
    .refine((value) => value === '' || PHONE.test(value), `${label}只能包含数字、空格和 + - ( ) 转`)
}

export function email(label: string) {
  return optionalText(label, 100).refine(
    (value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
    `${label}格式不正确`,
  )
}

/** 统一社会信用代码: optional; upper-cased and checked against the GB 32100-2015 check digit. */
export function creditCode() {
  return z
    .string({ error: '统一社会信用代码应为文字' })
    .default('')
    .transform(normalizeCreditCode)
    .superRefine((value, ctx) => {
      if (value === '') return
      const problem = creditCodeProblem(value)
      if (problem) ctx.addIssue({ code: 'custom', message: CREDIT_CODE_MESSAGES[problem] })
    })
}
