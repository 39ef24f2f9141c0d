/**
 * A clock per field, kept sparse on each row: `'*'` is the clock of every field not named, the
 * others are fields changed since. Whether an incoming change wins a field is one lookup.
 */
export type FieldClocks = Readonly<Record<string, string>>

export const DEFAULT_CLOCK = '*'

export function fieldClock(clocks: FieldClocks | undefined, field: string): string {
  return clocks?.[field] ?? clocks?.[DEFAULT_CLOCK] ?? ''
}

/** The clocks after `fields` were set at `hlc`. */
export function withClocks(
  clocks: FieldClocks | undefined,
  fields: readonly string[],
  hlc: string,
): FieldClocks {
  const next: Record<string, string> = { ...clocks }
  for (const field of fields) next[field] = hlc
  return next
}
