import { textOf } from '../kinds/display'
import { industryName } from '../reference/industries'
import type { CountItem } from '../charts/barChart'

/** How many of each value, most first (ties in the order met); blanks as 未填写. */
export function countBy(values: readonly string[]): CountItem[] {
  const counts = new Map<string, number>()
  for (const value of values) {
    const label = value === '' ? '未填写' : value
    counts.set(label, (counts.get(label) ?? 0) + 1)
  }
  return [...counts].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count)
}

/** `count` as a percentage of `of`, to one decimal (0 when there is nothing to share). */
export const percentOf = (count: number, of: number) =>
  of === 0 ? 0 : Math.round((count / of) * 1000) / 10

/**
 * The visited enterprises (one entry a visit; undefined when gone from 企业库) by district and by
 * industry, the industry said by name (制造业), never by its GB/T 4754 letter.
 */
export function visitsByPlace(
  enterprises: readonly (Readonly<Record<string, unknown>> | undefined)[],
): {
  readonly byDistrict: CountItem[]
  readonly byIndustry: CountItem[]
} {
  return {
    byDistrict: countBy(enterprises.map((e) => textOf(e?.district))),
    byIndustry: countBy(enterprises.map((e) => industryName(textOf(e?.industry)))),
  }
}
