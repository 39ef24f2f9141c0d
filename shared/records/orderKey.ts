import { generateKeyBetween } from 'fractional-indexing'

/*
 * Children (agenda items, follow-ups) are ordered by a fractional key: text that sorts between
 * its neighbours, so a move or an insert writes one row, and two PCs that each add an item keep
 * both (equal keys fall back to the id). fractional-indexing's keys compare as plain strings,
 * as IndexedDB compares them.
 */

/** A key between two neighbours' keys (null: the start or the end of the list). */
export function orderKeyBetween(before: string | null, after: string | null): string {
  // A row without a key yet ('') sorts first: it bounds nothing.
  if (before === '') return orderKeyBetween(null, after)
  if (after === '') return orderKeyBetween(before, null)
  // Equal keys (two PCs appended at once) have nothing between them: go just after.
  if (before !== null && after !== null && before >= after) return generateKeyBetween(before, null)
  return generateKeyBetween(before, after)
}

/** Order of children: by key, then by id for keys given on two PCs at once. */
export function compareOrder(
  a: { readonly order: string; readonly id: string },
  b: { readonly order: string; readonly id: string },
): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}
