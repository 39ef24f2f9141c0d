import { fieldMeta } from './display'
import type { KindDefinition } from './types'

/**
 * The order a list sorts a field by when it is not the order of its stored text: a select
 * field's options in the order its kind declares them (所属区 in the official order of the 16
 * districts, 企业规模 from 大型 to 微型). Null for every other field (sorted by its index).
 */
export function declaredOrder(kind: KindDefinition, field: string): readonly string[] | null {
  const input = fieldMeta(kind, field)?.input
  return input?.type === 'select' ? input.options.map((option) => option.value) : null
}

/**
 * Compares two values of a field sorted by its declared options: by option place, values that
 * are not options (blank, or no longer offered) after all of them in either direction.
 */
export function compareByDeclaredOrder(
  order: readonly string[],
  direction: 'asc' | 'desc',
): (a: unknown, b: unknown) => number {
  const rank = new Map(order.map((value, index) => [value, index]))
  const place = (value: unknown) =>
    typeof value === 'string' ? (rank.get(value) ?? order.length) : order.length
  return (a, b) => {
    const pa = place(a)
    const pb = place(b)
    if (pa === order.length || pb === order.length) return pa - pb
    return direction === 'asc' ? pa - pb : pb - pa
  }
}
