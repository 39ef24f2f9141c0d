import type { ItemColumn } from './types'

/** One item of an `items` field (a visit's 企业诉求): its id and its columns' texts. */
export type Item = { readonly id: string } & Readonly<Record<string, string>>

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)

/**
 * An `items` field's value as stored, read leniently: a list of objects (their texts; an id made
 * up where one is missing), or text stored before the field held items — one item a line, in
 * the first column.
 */
export function storedItems(value: unknown, firstColumn: string): Item[] {
  if (typeof value === 'string') {
    return lines(value).map((line, index) => ({
      id: `line-${String(index + 1)}`,
      [firstColumn]: line,
    }))
  }
  if (!Array.isArray(value)) return []
  return value.map((entry: unknown, index) => {
    const item = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<
      string,
      unknown
    >
    return {
      ...Object.fromEntries(
        Object.entries(item).map(([key, text]) => [key, typeof text === 'string' ? text : '']),
      ),
      id: typeof item.id === 'string' && item.id ? item.id : `item-${String(index + 1)}`,
    }
  })
}

/** One line an item: its text, then its other columns in brackets (开通维权快速通道（商标，维权保护）). */
export function itemsText(columns: readonly ItemColumn[], value: unknown): string {
  const [first, ...others] = columns
  if (!first) return ''
  return storedItems(value, first.name)
    .map((item) => {
      const rest = others.map((column) => item[column.name] ?? '').filter(Boolean)
      return `${item[first.name] ?? ''}${rest.length ? `（${rest.join('，')}）` : ''}`
    })
    .join('\n')
}

/**
 * Items read back from their text (an Excel cell written by `itemsText`): a closing bracket
 * whose parts are all options of the other columns gives those columns; any other line is text.
 */
export function itemsFromText(columns: readonly ItemColumn[], text: string): Item[] {
  const [first, ...others] = columns
  if (!first) return []
  return lines(text).map((line, index) => {
    const item: Record<string, string> = { id: `line-${String(index + 1)}`, [first.name]: line }
    const bracket = /^(.+?)（([^（）]+)）$/.exec(line)
    if (!bracket) return item as Item
    const parts = (bracket[2] ?? '').split('，')
    const columnOf = (part: string) =>
      others.find((column) => column.options?.some((option) => option.value === part))
    if (!parts.every((part) => columnOf(part))) return item as Item
    item[first.name] = bracket[1] ?? line
    for (const part of parts) {
      const column = columnOf(part)
      if (column) item[column.name] = part
    }
    return item as Item
  })
}
