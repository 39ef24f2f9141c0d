/**
 * How many live records a kind has, and how many of them hold each value of the fields the kind
 * tallies (an enterprise's 所属区). Kept up to date by the one write path in the transaction that
 * changes the rows, so the 工作台 reads one row instead of counting 100,000 index entries.
 */
export interface Tally {
  live: number
  /** Field → value → live records holding it; '' counts records without a value. */
  values: Record<string, Record<string, number>>
}

export function emptyTally(fields: readonly string[]): Tally {
  return { live: 0, values: Object.fromEntries(fields.map((field) => [field, {}])) }
}

/** The value a tallied field is counted under: text as it is, anything else as ''. */
export function talliedValue(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

/**
 * Adds one row's share to an accumulating tally (`sign` −1 takes it away). A tombstone or an
 * absent row has no share. Mutates `tally`: it is an accumulator over many rows.
 */
export function countRow(
  tally: Tally,
  fields: readonly string[],
  row: Readonly<Record<string, unknown>> | undefined,
  sign: 1 | -1,
): void {
  if (!row || row.deletedAt !== undefined) return
  tally.live += sign
  for (const field of fields) {
    const counts = (tally.values[field] ??= {})
    const value = talliedValue(row[field])
    counts[value] = (counts[value] ?? 0) + sign
  }
}

/** The share of `rows` in a tally (`sign` −1: what removing them takes away). */
export function tallyOfRows(
  fields: readonly string[],
  rows: Iterable<Readonly<Record<string, unknown>>>,
  sign: 1 | -1 = 1,
): Tally {
  const tally = emptyTally(fields)
  for (const row of rows) countRow(tally, fields, row, sign)
  return tally
}

/** `base` plus `delta`, as a new tally; values no record holds any more are left out. */
export function addTallies(base: Tally, delta: Tally): Tally {
  const result: Tally = { live: base.live + delta.live, values: {} }
  for (const field of new Set([...Object.keys(base.values), ...Object.keys(delta.values)])) {
    const counts: Record<string, number> = { ...base.values[field] }
    for (const [value, n] of Object.entries(delta.values[field] ?? {})) {
      counts[value] = (counts[value] ?? 0) + n
    }
    result.values[field] = Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== 0))
  }
  return result
}
