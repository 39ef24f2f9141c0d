import { createHashRouter, type RouteObject } from 'react-router'
import { DashboardPage } from '../features/dashboard/DashboardPage'
import { AppErrorPage } from './AppErrorPage'
import { AppLayout } from './AppLayout'
import { NotFoundPage } from './NotFoundPage'
import { viewOf, type KindView } from '../records/views'
import { childKindsOf } from '../../shared/kinds'
import { APP_VIEWS } from './views'

/*
 * Only the first screen (工作台) is in the start-up bundle. Every other screen is loaded when it
 * is first opened: the lists (data grid), forms, Excel, the 公文 editor (docx, docx-preview) and
 * settings would otherwise be parsed before the app could show anything.
 */

/** The generic list, form and detail screens of a kind, with what its view adds to them. */
function kindRoutes(view: KindView): readonly RouteObject[] {
  if (view.routes) return view.routes
  const { kind } = view
  const base = view.path.slice(1)
  return [
    {
      path: base,
      lazy: async () => {
        if (view.list) return { element: await view.list() }
        const [{ KindListPage }, { ExportButton }] = await Promise.all([
          import('../records/KindListPage'),
          import('../records/excel/ExportButton'),
        ])
        return {
          element: (
            <KindListPage
              kind={kind}
              extraActions={({ query, total }) => (
                <ExportButton kind={kind} query={query} total={total} />
              )}
            />
          ),
        }
      },
    },
    {
      path: `${base}/new`,
      lazy: async () => {
        const { KindFormPage } = await import('../records/KindFormPage')
        return { element: <KindFormPage kind={kind} key={`${kind}-new`} /> }
      },
    },
    {
      path: `${base}/:id`,
      lazy: async () => {
        const [{ KindDetailPage }, panels, childEditors] = await Promise.all([
          import('../records/KindDetailPage'),
          view.detailPanels?.(),
          Promise.all(
            childKindsOf(kind).map(async (child) => {
              const editor = await viewOf(child).childrenEditor?.()
              return editor ? ([[child, editor]] as const) : []
            }),
          ).then((found) => Object.fromEntries(found.flat())),
        ])
        return {
          element: (
            <KindDetailPage
              kind={kind}
              childEditors={childEditors}
              {...(panels ? { panels } : {})}
            />
          ),
        }
      },
    },
    {
      path: `${base}/:id/edit`,
      lazy: async () => {
        const { KindFormPage } = await import('../records/KindFormPage')
        return { element: <KindFormPage kind={kind} key={`${kind}-edit`} /> }
      },
    },
  ]
}

/**
 * Hash routing: the app is served from app://xiezhi/index.html in Electron and from a static
 * folder in a browser, and neither can answer deep paths with index.html.
 */
export function createAppRouter() {
  return createHashRouter([
    {
      path: '/',
      element: <AppLayout />,
      errorElement: <AppErrorPage />,
      children: [
        {
          // Errors inside a screen keep the navigation around them.
          errorElement: <AppErrorPage />,
          children: [
            { index: true, element: <DashboardPage /> },
            ...APP_VIEWS.flatMap(kindRoutes),
            {
              path: 'search',
              lazy: async () => {
                const { SearchResultsPage } = await import('./SearchResultsPage')
                return { element: <SearchResultsPage /> }
              },
            },
            {
              path: 'recycle-bin',
              lazy: async () => {
                const { RecycleBinPage } = await import('../features/recycleBin/RecycleBinPage')
                return { element: <RecycleBinPage /> }
              },
            },
            {
              path: 'settings',
              lazy: async () => {
                const { SettingsPage } = await import('../features/settings/SettingsPage')
                return { element: <SettingsPage /> }
              },
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ])
}
