import { useCallback, useEffect, useMemo, useRef } from 'react'
import { useSearchParams } from 'react-router'
import { type ListQuery, type SortDirection } from '../data/api'
import type { KindDefinition } from '../../shared/kinds/types'
import type { Period } from '../../shared/text/periods'

export const PAGE_SIZES = [25, 50, 100] as const
const DEFAULT_PAGE_SIZE = 50

export interface ListState {
  readonly search: string
  readonly filters: Readonly<Record<string, readonly string[]>>
  /** Filter fields whose chosen values a record must all have (?tagsMatch=all). */
  readonly matchAll: readonly string[]
  /** Period filters (?startAtFrom=2026-10-01&startAtTo=2026-12-31). */
  readonly periods: Readonly<Record<string, Period>>
  readonly sort: { readonly field: string; readonly direction: SortDirection }
  readonly page: number
  readonly pageSize: number
}

export type MatchMode = 'any' | 'all'

/** The URL parameter of a filter's any/all choice: ?tagsMatch=all (any when absent). */
const matchParam = (field: string) => `${field}Match`

/** The URL parameters of a period filter's ends. */
const periodParams = (field: string) => ({ from: `${field}From`, to: `${field}To` })

/** The value filters, period filters and any/all choices of a kind's list, as declared. */
function filterFieldsOf(kind: KindDefinition) {
  return {
    values: kind.filters.filter((f) => !f.period).map((f) => f.field),
    periods: kind.filters.filter((f) => f.period).map((f) => f.field),
    match: kind.filters.filter((f) => f.match).map((f) => f.field),
  }
}

/**
 * A list's search and filters as its address holds them. The 公文 a list produces (督办事项清单)
 * reads the same address, so it lists what the user sees.
 */
export function listFiltersFromParams(
  kind: KindDefinition,
  params: URLSearchParams,
): Pick<ListState, 'search' | 'filters' | 'matchAll' | 'periods'> {
  const fields = filterFieldsOf(kind)
  return {
    search: params.get('q') ?? '',
    filters: Object.fromEntries(
      fields.values.map((field) => [field, params.getAll(field).filter(Boolean)]),
    ),
    matchAll: fields.match.filter((field) => params.get(matchParam(field)) === 'all'),
    periods: Object.fromEntries(
      fields.periods.map((field) => {
        const names = periodParams(field)
        return [field, { from: params.get(names.from) ?? '', to: params.get(names.to) ?? '' }]
      }),
    ),
  }
}

/**
 * A list's search, filters, sort and page live in the URL (?q=…&district=…&page=…), so going
 * back from a record returns to the same page of the same filtered list, and the navigation's
 * link (no parameters) shows the whole list.
 */
export function useListState(kind: KindDefinition) {
  const [params, setParams] = useSearchParams()
  const fields = useMemo(() => filterFieldsOf(kind), [kind])

  const state: ListState = useMemo(() => {
    const pageSize = Number(params.get('size'))
    return {
      ...listFiltersFromParams(kind, params),
      sort: {
        field: params.get('sort') ?? 'updatedAt',
        direction: params.get('dir') === 'asc' ? 'asc' : 'desc',
      },
      page: Math.max(0, Number(params.get('page') ?? 1) - 1) || 0,
      pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
    }
  }, [params, kind])

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
      /** Sets the ends given (one end typed, or both for 本季度), keeping the other. */
      setPeriod: (field: string, change: Partial<Period>) =>
        update((p) => {
          const names = periodParams(field)
          for (const end of ['from', 'to'] as const) {
            const value = change[end]
            if (value === undefined) continue
            if (value) p.set(names[end], value)
            else p.delete(names[end])
          }
        }),
      clearFilters: () =>
        update((p) => {
          p.delete('q')
          for (const field of fields.values) p.delete(field)
          for (const field of fields.match) p.delete(matchParam(field))
          for (const field of fields.periods) {
            p.delete(periodParams(field).from)
            p.delete(periodParams(field).to)
          }
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
    [update, fields, state.page, state.pageSize],
  )

  const query: ListQuery = useMemo(
    () => ({
      search: state.search,
      filters: state.filters,
      matchAll: state.matchAll,
      periods: state.periods,
      sort: state.sort,
      offset: state.page * state.pageSize,
      limit: state.pageSize,
    }),
    [state],
  )

  const filtered =
    state.search !== '' ||
    Object.values(state.filters).some((v) => v.length > 0) ||
    Object.values(state.periods).some((period) => period.from !== '' || period.to !== '')

  return { state, query, filtered, ...actions }
}
