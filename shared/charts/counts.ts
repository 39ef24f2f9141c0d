/** Counts of values, as tables and charts show them. */

export interface CountItem {
  readonly label: string
  readonly count: number
}

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
