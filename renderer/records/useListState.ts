import { useCallback, useEffect, useMemo, useRef } from 'react'
import { useSearchParams } from 'react-router'
import { type ListQuery, type SortDirection } from '../data/api'
import type { KindDefinition } from '../../shared/kinds/types'

export const PAGE_SIZES = [25, 50, 100] as const
const DEFAULT_PAGE_SIZE = 50

export interface ListState {
  readonly search: string
  readonly filters: Readonly<Record<string, readonly string[]>>
  /** Filter fields whose chosen values a record must all have (?tagsMatch=all). */
  readonly matchAll: readonly string[]
  readonly sort: { readonly field: string; readonly direction: SortDirection }
  readonly page: number
  readonly pageSize: number
}

export type MatchMode = 'any' | 'all'

/** The URL parameter of a filter's any/all choice: ?tagsMatch=all (any when absent). */
const matchParam = (field: string) => `${field}Match`

/**
 * A list's search, filters, sort and page live in the URL (?q=…&district=…&page=…), so going
 * back from a record returns to the same page of the same filtered list, and the navigation's
 * link (no parameters) shows the whole list.
 */
export function useListState(kind: KindDefinition) {
  const [params, setParams] = useSearchParams()
  const filterFields = useMemo(() => kind.filters.map((f) => f.field), [kind])
  const matchFields = useMemo(() => kind.filters.filter((f) => f.match).map((f) => f.field), [kind])

  const state: ListState = useMemo(() => {
    const pageSize = Number(params.get('size'))
    return {
      search: params.get('q') ?? '',
      filters: Object.fromEntries(
        filterFields.map((field) => [field, params.getAll(field).filter(Boolean)]),
      ),
      matchAll: matchFields.filter((field) => params.get(matchParam(field)) === 'all'),
      sort: {
        field: params.get('sort') ?? 'updatedAt',
        direction: params.get('dir') === 'asc' ? 'asc' : 'desc',
      },
      page: Math.max(0, Number(params.get('page') ?? 1) - 1) || 0,
      pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
    }
  }, [params, filterFields, matchFields])

  // The address as last written: two changes before the page re-renders (清除筛选, then the grid
  // reporting its sort) must build on each other, not both on the render's stale address.
  const written = useRef(params)
  useEffect(() => {
    written.current = params
  }, [params])
  const update = useCallback(
    (change: (next: URLSearchParams) => void, resetPage = true) => {
      const current = written.current
      const next = new URLSearchParams(current)
      change(next)
      if (resetPage) next.delete('page')
      // The grid reports its models again on re-render; only a real change touches the URL.
      if (next.toString() === current.toString()) return
      written.current = next
      setParams(next, { replace: true })
    },
    [setParams],
  )

  const actions = useMemo(
    () => ({
      setSearch: (text: string) => update((p) => (text ? p.set('q', text) : p.delete('q'))),
      setFilter: (field: string, values: readonly string[]) =>
        update((p) => {
          p.delete(field)
          for (const value of values) p.append(field, value)
        }),
      setMatch: (field: string, mode: MatchMode) =>
        update((p) =>
          mode === 'all' ? p.set(matchParam(field), 'all') : p.delete(matchParam(field)),
        ),
      clearFilters: () =>
        update((p) => {
          p.delete('q')
          for (const field of filterFields) p.delete(field)
          for (const field of matchFields) p.delete(matchParam(field))
        }),
      setSort: (field: string, direction: SortDirection) =>
        update((p) => {
          p.set('sort', field)
          p.set('dir', direction)
        }),
      setPage: (page: number, pageSize: number) => {
        if (page === state.page && pageSize === state.pageSize) return
        update((p) => {
          if (page > 0) p.set('page', String(page + 1))
          else p.delete('page')
          if (pageSize === DEFAULT_PAGE_SIZE) p.delete('size')
          else p.set('size', String(pageSize))
        }, false)
      },
    }),
    [update, filterFields, matchFields, state.page, state.pageSize],
  )

  const query: ListQuery = useMemo(
    () => ({
      search: state.search,
      filters: state.filters,
      matchAll: state.matchAll,
      sort: state.sort,
      offset: state.page * state.pageSize,
      limit: state.pageSize,
    }),
    [state],
  )

  const filtered = state.search !== '' || Object.values(state.filters).some((v) => v.length > 0)

  return { state, query, filtered, ...actions }
}
