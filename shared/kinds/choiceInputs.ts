import { INDUSTRY_SECTIONS, industryLabel } from '../reference/industries'
import type { FieldOption } from './types'

/** Options whose label is their value, with the aliases the reference data declares. */
export function optionsOf(
  values: readonly string[],
  aliases: Readonly<Partial<Record<string, readonly string[]>>> = {},
): FieldOption[] {
  return values.map((value) => ({ value, label: value, aliases: aliases[value] ?? [] }))
}

/** 所属行业 (GB/T 4754-2017 门类): stored as the letter, shown as "C 制造业", read as either part. */
export const INDUSTRY_OPTIONS: readonly FieldOption[] = INDUSTRY_SECTIONS.map((s) => ({
  value: s.code,
  label: industryLabel(s.code),
  aliases: [s.name],
}))
