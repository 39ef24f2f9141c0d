import { useCallback, useEffect, useEffectEvent, useState } from 'react'
import type { ChangeEntry } from '../../shared/domain/changeEntry'
import type { KindDefinition, KindName } from '../../shared/kinds'
import { referencesIn, type ReferenceTitle } from '../../shared/kinds/display'
import { useDatabase } from './DatabaseContext'
import { useDataApi, type DataApi } from './api'
import { countMatching, listRecords, quickPage, type ListQuery } from './queries'
import { referenceKey } from '../../shared/kinds/display'
import type { StoredRow } from './database'
import type { Row } from './writePath'

export interface LiveData<T> {
  readonly data: T | undefined
  readonly loading: boolean
  readonly error: Error | undefined
}

interface Answer<T> {
  readonly key: string
  readonly version: number
  readonly data?: T
  readonly error?: Error
}

/**
 * Runs a read, and runs it again whenever a write touches one of `kinds` or `key` changes. The
 * previous data stays on screen while the next read runs, so lists do not flash empty; an answer
 * to an outdated read is dropped.
 */
export function useLiveData<T>(
  read: (api: DataApi) => Promise<T>,
  kinds: readonly KindName[],
  key: string,
): LiveData<T> {
  const db = useDatabase()
  const api = useDataApi()
  const [version, setVersion] = useState(0)
  const [answer, setAnswer] = useState<Answer<T> | undefined>(undefined)
  const runRead = useEffectEvent(() => read(api))
  const kindsKey = kinds.join(',')

  useEffect(() => {
    const watched = new Set(kindsKey.split(','))
    return db.changeFeed.subscribe((change) => {
      if (watched.has(change.kind)) setVersion((v) => v + 1)
    })
  }, [db, kindsKey])

  useEffect(() => {
    let current = true
    runRead().then(
      (data) => current && setAnswer({ key, version, data }),
      (error: unknown) =>
        current &&
        setAnswer({
          key,
          version,
          error: error instanceof Error ? error : new Error(String(error)),
        }),
    )
    return () => {
      current = false
    }
  }, [key, version])

  return {
    data: answer?.data,
    error: answer?.error,
    loading: answer?.key !== key || answer.version !== version,
  }
}

/** A page of a list; `total` is undefined while the records matching are still being counted. */
export interface ListView<T> {
  readonly rows: readonly T[]
  readonly total: number | undefined
}

interface ListAnswer<T> {
  readonly key: string
  readonly version: number
  /** The search and filters the total was counted for. */
  readonly countKey: string
  readonly rows: readonly T[]
  readonly total: number | undefined
  readonly error?: Error
}

/**
 * A page of a list, shown as soon as it is found: near the start of a list the page comes first
 * (quickPage) and the count of matches after it, so a search matching thousands shows its rows
 * at once. Turning a page keeps the count; any write to the kind reads both again.
 */
export function useRecordList<K extends KindName>(
  kind: K,
  query: ListQuery,
): LiveData<ListView<Row<K>>> {
  const db = useDatabase()
  const [version, setVersion] = useState(0)
  const [answer, setAnswer] = useState<ListAnswer<Row<K>> | undefined>(undefined)
  const key = JSON.stringify(query)
  const countKey = JSON.stringify([query.search, query.filters, query.matchAll, query.periods])
  const countedBefore = useEffectEvent(() =>
    answer?.countKey === countKey && answer.version === version ? answer.total : undefined,
  )
  /** Finds the page and its total; tells of the page first when it comes before the total. */
  const read = useEffectEvent(
    async (
      onPage: (rows: readonly Row<K>[], total: number | undefined) => void,
    ): Promise<{ rows: readonly Row<K>[]; total: number }> => {
      const counted = countedBefore()
      const quick = await quickPage(db, kind, query)
      if (!quick) return listRecords(db, kind, query)
      const rows = quick.rows
      // A short page that is not past the end is the end of the list: its total is known.
      const ended =
        rows.length < query.limit && (rows.length > 0 || query.offset === 0)
          ? query.offset + rows.length
          : undefined
      const known = quick.total ?? counted ?? ended
      if (known !== undefined) return { rows, total: known }
      onPage(rows, undefined)
      return { rows, total: await countMatching(db, kind, query) }
    },
  )

  useEffect(
    () =>
      db.changeFeed.subscribe((change) => {
        if (change.kind === kind) setVersion((v) => v + 1)
      }),
    [db, kind],
  )

  useEffect(() => {
    let current = true
    const show = (rows: readonly Row<K>[], total: number | undefined, error?: Error) => {
      if (current) setAnswer({ key, version, countKey, rows, total, ...(error ? { error } : {}) })
    }
    read((rows, total) => show(rows, total)).then(
      (page) => show(page.rows, page.total),
      (error: unknown) =>
        show([], undefined, error instanceof Error ? error : new Error(String(error))),
    )
    return () => {
      current = false
    }
  }, [key, countKey, version])

  const settled = answer?.key === key && answer.version === version
  return {
    data: answer && { rows: answer.rows, total: settled ? answer.total : undefined },
    error: answer?.error,
    loading: !settled,
  }
}

/**
 * One record, live. Never another record's data while the next loads: a page kept mounted from
 * a visit to its survey must not show the visit as a survey.
 */
export function useRecord<K extends KindName>(
  kind: K,
  id: string | undefined,
): LiveData<Row<K> | undefined> {
  const key = `${kind}:${id ?? ''}`
  const live = useLiveData(
    async (api) => ({ key, row: id ? await api.getRecord(kind, id) : undefined }),
    [kind],
    key,
  )
  return { ...live, data: live.data?.key === key ? live.data.row : undefined }
}

/** A parent's children of a kind, in their order, live (a meeting's 议程, a survey's visits). */
export function useChildren(kind: KindName, parentId: string): LiveData<StoredRow[]> {
  return useLiveData((api) => api.listChildren(kind, parentId), [kind], parentId)
}

/** Records of a kind by id, for showing names of referenced records (e.g. a contact's 单位). */
export function useRecordsById<K extends KindName>(
  kind: K,
  ids: readonly string[],
): ReadonlyMap<string, Row<K>> {
  const key = [...new Set(ids.filter(Boolean))].sort().join(',')
  const { data } = useLiveData(
    async (api) => {
      const unique = key === '' ? [] : key.split(',')
      return new Map((await api.getRecords(kind, unique)).map((row) => [row.id, row]))
    },
    [kind],
    key,
  )
  return data ?? (NO_RECORDS as ReadonlyMap<string, Row<K>>)
}

const NO_RECORDS: ReadonlyMap<string, unknown> = new Map()

export function useRecordCount(kind: KindName): number | undefined {
  return useLiveData((api) => api.countRecords(kind), [kind], kind).data
}

export function useRecentChanges(limit: number, kinds: readonly KindName[]): ChangeEntry[] {
  return useLiveData((api) => api.recentChanges(limit), kinds, String(limit)).data ?? []
}

/**
 * The titles of the records that `rows` refer to in the given fields (references and parties,
 * whatever their target kinds), live: a renamed 单位 shows its new name.
 */
export function useReferenceTitles(
  kind: KindDefinition,
  fields: readonly string[],
  rows: readonly Readonly<Record<string, unknown>>[],
): ReferenceTitle {
  return useTitlesOf(referencesIn(kind, rows, fields))
}

/** The titles of the given records, live: `(kind, id) => title`, undefined while unknown. */
export function useTitlesOf(
  references: readonly { readonly kind: KindName; readonly id: string }[],
): ReferenceTitle {
  const key = [...new Set(references.map(({ kind: k, id }) => referenceKey(k, id)))]
    .sort()
    .join(',')
  const targetKinds = [...new Set(references.map((r) => r.kind))]
  const { data } = useLiveData(
    (api) => api.referenceTitles(references),
    targetKinds.length > 0 ? targetKinds : NO_KINDS,
    key,
  )
  return useCallback((target: KindName, id: string) => data?.get(referenceKey(target, id)), [data])
}

const NO_KINDS: readonly KindName[] = []
