import { useCallback, useEffect, useRef, useState } from 'react'
import type { ChangeEntry } from '../../shared/domain/changeEntry'
import type { KindName } from '../../shared/kinds'
import { useDatabase } from './DatabaseContext'
import type { XiezhiDatabase } from './database'
import { recentChanges } from './history'
import { countRecords, getRecord, getRecords, listRecords, type ListPage, type ListQuery } from './queries'
import type { Row } from './writePath'

export interface LiveData<T> {
  readonly data: T | undefined
  readonly loading: boolean
  readonly error: Error | undefined
}

/**
 * Runs a read and runs it again whenever a write touches one of `kinds`. The previous data stays
 * on screen while the next read runs, so lists do not flash empty; a stale answer that arrives
 * after a newer one is dropped.
 */
export function useLiveData<T>(
  read: (db: XiezhiDatabase) => Promise<T>,
  kinds: readonly KindName[],
  key: string,
): LiveData<T> {
  const db = useDatabase()
  const [state, setState] = useState<LiveData<T>>({ data: undefined, loading: true, error: undefined })
  const readRef = useRef(read)
  readRef.current = read
  const generation = useRef(0)
  const kindsKey = kinds.join(',')

  const run = useCallback(() => {
    const current = ++generation.current
    setState((s) => ({ ...s, loading: true }))
    readRef.current(db).then(
      (data) => {
        if (current === generation.current) setState({ data, loading: false, error: undefined })
      },
      (error: unknown) => {
        if (current === generation.current)
          setState((s) => ({ ...s, loading: false, error: error instanceof Error ? error : new Error(String(error)) }))
      },
    )
  }, [db])

  useEffect(() => {
    run()
    const watched = new Set(kindsKey.split(','))
    return db.changeFeed.subscribe((change) => {
      if (watched.has(change.kind)) run()
    })
  }, [db, run, kindsKey, key])

  return state
}

export function useRecordList<K extends KindName>(kind: K, query: ListQuery): LiveData<ListPage<Row<K>>> {
  return useLiveData((db) => listRecords(db, kind, query), [kind], JSON.stringify(query))
}

export function useRecord<K extends KindName>(kind: K, id: string | undefined): LiveData<Row<K> | undefined> {
  return useLiveData(
    (db) => (id ? getRecord(db, kind, id) : Promise.resolve(undefined)),
    [kind],
    id ?? '',
  )
}

/** Records of a kind by id, for showing names of referenced records (e.g. a contact's 单位). */
export function useRecordsById<K extends KindName>(kind: K, ids: readonly string[]): ReadonlyMap<string, Row<K>> {
  const key = [...new Set(ids.filter(Boolean))].sort().join(',')
  const { data } = useLiveData(
    async (db) => {
      const unique = key === '' ? [] : key.split(',')
      return new Map((await getRecords(db, kind, unique)).map((row) => [row.id, row]))
    },
    [kind],
    key,
  )
  return data ?? (NO_RECORDS as ReadonlyMap<string, Row<K>>)
}

const NO_RECORDS: ReadonlyMap<string, unknown> = new Map()

export function useRecordCount(kind: KindName): number | undefined {
  return useLiveData((db) => countRecords(db, kind), [kind], kind).data
}

export function useRecentChanges(limit: number, kinds: readonly KindName[]): ChangeEntry[] {
  return useLiveData((db) => recentChanges(db, limit), kinds, String(limit)).data ?? []
}
