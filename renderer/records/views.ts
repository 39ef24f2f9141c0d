import type { SvgIconComponent } from '@mui/icons-material'
import type { ReactNode } from 'react'
import type { RouteObject } from 'react-router'
import type { KindName } from '../../shared/kinds'
import type { DataApi } from '../data/api'

/** A screen's element, loaded when the screen is first opened (kept out of the start-up bundle). */
export type LazyElement = () => Promise<ReactNode>

/**
 * How the renderer shows one record kind, contributed by the feature that owns it. The generic
 * list, form, detail page, navigation and search read these; they never name a kind.
 */
export interface KindView {
  readonly kind: KindName
  /** Where the kind's screens live: '/enterprises', '/enterprises/:id', '/enterprises/new'. */
  readonly path: string
  /** The measure word a count takes: 16 家企业, 3 人. */
  readonly countUnit: string
  /** Its entry in the side navigation, under `group`; none for children (reached from a parent). */
  readonly nav?: {
    readonly label: string
    readonly icon: SvgIconComponent
    readonly group: string
  }
  /** What the list's search box asks for; the top bar's search finds the kind. */
  readonly searchPlaceholder: string
  /** Whether the list takes the top bar's search as `?q=` (查看全部 in the results). */
  readonly listTakesSearch: boolean
  /** The list screen; the generic list with 导出 when absent. */
  readonly list?: LazyElement
  /** A feature's own panels under a record's fields (an organisation's contacts). */
  readonly detailPanels?: () => Promise<(id: string) => ReactNode>
  /**
   * A feature's own editor of the kind's children on their parent's page (a meeting's notes,
   * typed during the meeting), in place of the generic children panel.
   */
  readonly childrenEditor?: () => Promise<(parentId: string) => ReactNode>
  /** Buttons a feature adds to each row of the kind where it is listed as children (转为督办事项). */
  readonly rowActions?: (
    row: Readonly<Record<string, unknown>> & { readonly id: string },
  ) => ReactNode
  /**
   * A feature's own check before a workflow move of a record (a visit marked 已完成 with required
   * questions unanswered): a Chinese reason to refuse it, or null.
   */
  readonly checkMove?: (
    api: DataApi,
    record: Readonly<Record<string, unknown>> & { readonly id: string },
    to: string,
  ) => Promise<string | null>
  /** Screens of its own in place of the generic list, form and detail page (公文). */
  readonly routes?: readonly RouteObject[]
}

const registered = new Map<KindName, KindView>()

/**
 * Features contribute their views once, at start-up, before anything is shown (the app's
 * composition root does it). A kind contributed twice is a programming error.
 */
export function contributeViews(views: readonly KindView[]): readonly KindView[] {
  for (const view of views) {
    if (registered.has(view.kind)) throw new Error(`View of kind ${view.kind} contributed twice`)
    registered.set(view.kind, view)
  }
  return views
}

/** The view of a kind; every kind the app shows has one. */
export function viewOf(kind: KindName): KindView {
  const view = registered.get(kind)
  if (!view) throw new Error(`No view contributed for kind ${kind}`)
  return view
}

/** Every contributed view, in the order contributed (the order of the navigation). */
export const allViews = (): readonly KindView[] => [...registered.values()]

/** The views with an entry in the side navigation: the kinds a user opens on their own. */
export const navigatedViews = (): readonly (KindView & { nav: NonNullable<KindView['nav']> })[] =>
  allViews().flatMap((view) => (view.nav ? [{ ...view, nav: view.nav }] : []))

export const listPath = (kind: KindName) => viewOf(kind).path
export const recordPath = (kind: KindName, id: string) => `${listPath(kind)}/${id}`
export const editPath = (kind: KindName, id: string) => `${listPath(kind)}/${id}/edit`
export const newPath = (kind: KindName) => `${listPath(kind)}/new`
