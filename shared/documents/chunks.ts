/** `list` cut into runs of `size` (the last may be shorter): names two or three to a line. */
export function chunks<T>(list: readonly T[], size: number): T[][] {
  const result: T[][] = []
  for (let start = 0; start < list.length; start += size)
    result.push(list.slice(start, start + size))
  return result
}
