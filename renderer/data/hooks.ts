import { useEffect, useEffectEvent, useState } from 'react'
import type { ChangeEntry } from '../../shared/domain/changeEntry'
import type { KindName } from '../../shared/kinds'
import { useDatabase } from './DatabaseContext'
import { useDataApi, type DataApi } from './api'
import type { ListPage, ListQuery } from './queries'
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

export function useRecordList<K extends KindName>(
  kind: K,
  query: ListQuery,
): LiveData<ListPage<Row<K>>> {
  return useLiveData((api) => api.listRecords(kind, query), [kind], JSON.stringify(query))
}

export function useRecord<K extends KindName>(
  kind: K,
  id: string | undefined,
): LiveData<Row<K> | undefined> {
  return useLiveData(
    (api) => (id ? api.getRecord(kind, id) : Promise.resolve(undefined)),
    [kind],
    id ?? '',
  )
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
