import { KINDS, type KindName } from '../../shared/kinds'
import { fieldMeta, textOf } from '../../shared/kinds/display'
import type { XiezhiDatabase } from './database'
import { getRecords, listRecords } from './queries'

/** One record found by the search across kinds, named as lists and pickers name it. */
export interface SearchHit {
  readonly kind: KindName
  readonly id: string
  readonly title: string
  /** A short second line: the records it refers to (a contact's 单位) and the kind's subtitle. */
  readonly subtitle: string
}

export interface KindSearchResults {
  readonly kind: KindName
  /** Every match of the kind, not only those in `hits`. */
  readonly total: number
  readonly hits: readonly SearchHit[]
}

/** Fields of a kind that refer to records of another kind (a contact's 单位). */
function referenceFields(kind: KindName): { field: string; target: KindName }[] {
  const definition = KINDS[kind]
  return Object.keys(definition.fields).flatMap((field) => {
    const input = fieldMeta(definition, field)?.input
    return input?.type === 'reference' ? [{ field, target: input.kind }] : []
  })
}

/**
 * The first `perKind` matches of `text` in each kind, with each kind's total. Index-backed like
 * any list: a search matching thousands reads only the rows it shows (and their references).
 */
export async function searchRecords(
  db: XiezhiDatabase,
  text: string,
  kinds: readonly KindName[],
  perKind: number,
): Promise<KindSearchResults[]> {
  const query = text.trim()
  if (query === '') return []
  return Promise.all(
    kinds.map(async (kind): Promise<KindSearchResults> => {
      const definition = KINDS[kind]
      const page = await listRecords(db, kind, { search: query, offset: 0, limit: perKind })
      const references = await Promise.all(
        referenceFields(kind).map(async ({ field, target }) => {
          const ids = [...new Set(page.rows.map((row) => textOf(row[field])).filter(Boolean))]
          const rows = await getRecords(db, target, ids)
          const titles = new Map(rows.map((row) => [row.id, textOf(row[KINDS[target].titleField])]))
          return { field, titles }
        }),
      )
      const subtitle = definition.subtitle as (record: unknown) => string
      return {
        kind,
        total: page.total,
        hits: page.rows.map((row) => ({
          kind,
          id: row.id,
          title: textOf(row[definition.titleField]),
          subtitle: [
            ...references.map(({ field, titles }) => titles.get(textOf(row[field])) ?? ''),
            subtitle(row),
          ]
            .filter(Boolean)
            .join(' · '),
        })),
      }
    }),
  )
}

/**
 * Up to `slots` hits shared fairly between kinds (each kind's best first), so one kind with
 * thousands of matches does not hide the others.
 */
export function shareSlots(results: readonly KindSearchResults[], slots: number): SearchHit[] {
  const taken = results.map(() => 0)
  let left = slots
  let progress = true
  while (left > 0 && progress) {
    progress = false
    results.forEach((result, i) => {
      if (left > 0 && (taken[i] ?? 0) < result.hits.length) {
        taken[i] = (taken[i] ?? 0) + 1
        left--
        progress = true
      }
    })
  }
  return results.flatMap((result, i) => result.hits.slice(0, taken[i]))
}
