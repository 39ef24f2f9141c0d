import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareOrder, orderKeyBetween } from '../../../shared/records/orderKey'

/** Builds a list by inserting at the given positions; returns its keys in list order. */
function build(positions: readonly number[]): string[] {
  const keys: string[] = []
  for (const position of positions) {
    const at = position % (keys.length + 1)
    keys.splice(at, 0, orderKeyBetween(keys[at - 1] ?? null, keys[at] ?? null))
  }
  return keys
}

describe('order keys', () => {
  it('sort as plain strings in the order items were placed, wherever they were inserted', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { minLength: 1, maxLength: 60 }), (positions) => {
        const keys = build(positions)
        expect([...keys].sort()).toEqual(keys)
        expect(new Set(keys).size).toBe(keys.length)
      }),
    )
  })

  it('keep both items two PCs appended with the same key, in a stable order by id', () => {
    const last = orderKeyBetween(null, null)
    const key = orderKeyBetween(last, null)
    const fromLaptop = { id: '01B', order: key }
    const fromOffice = { id: '01A', order: key }
    const onOnePc = [fromLaptop, fromOffice].sort(compareOrder)
    const onTheOther = [fromOffice, fromLaptop].sort(compareOrder)
    expect(onOnePc).toEqual(onTheOther)
    expect(onOnePc.map((item) => item.id)).toEqual(['01A', '01B'])
    // An item added after both goes after both.
    expect(orderKeyBetween(key, null) > key).toBe(true)
  })

  it('places an item after equal neighbours, and treats a missing key as the start', () => {
    const key = orderKeyBetween(null, null)
    expect(orderKeyBetween(key, key) > key).toBe(true)
    expect(orderKeyBetween('', key) < key).toBe(true)
    expect(orderKeyBetween(key, '') > key).toBe(true)
  })
})
