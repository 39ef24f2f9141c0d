import { createHashRouter, type RouteObject } from 'react-router'
import { KIND_NAMES, type KindName } from '../../shared/kinds'
import { DashboardPage } from '../features/dashboard/DashboardPage'
import { AppErrorPage } from './AppErrorPage'
import { AppLayout } from './AppLayout'
import { NotFoundPage } from './NotFoundPage'
import { KIND_PATHS } from '../records/kindPaths'

/*
 * Only the first screen (工作台) is in the start-up bundle. Every other screen is loaded when it
 * is first opened: the lists (data grid), forms, Excel, the 公文 editor (docx, docx-preview) and
 * settings would otherwise be parsed before the app could show anything.
 */

function kindRoutes(kind: KindName): RouteObject[] {
  const base = KIND_PATHS[kind].slice(1)
  return [
    {
      path: base,
      lazy: async () => {
        if (kind === 'enterprise') {
          const { EnterpriseListPage } = await import('../features/enterprises/EnterpriseListPage')
          return { element: <EnterpriseListPage /> }
        }
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
        const { KindDetailPage } = await import('../records/KindDetailPage')
        if (kind === 'org') {
          const { OrgContactsPanel } = await import('../features/directory/OrgContactsPanel')
          return {
            element: (
              <KindDetailPage kind={kind} panels={(id) => <OrgContactsPanel orgId={id} />} />
            ),
          }
        }
        return { element: <KindDetailPage kind={kind} /> }
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

/** Kinds served by the generic list, form and detail screens. */
const GENERIC_KINDS = KIND_NAMES.filter((kind) => kind !== 'document')

const documentEditor = async () => {
  const { DocumentEditorPage } = await import('../features/documents/DocumentEditorPage')
  return { element: <DocumentEditorPage /> }
}

/**
 * 公文 has its own screens: the register (its list) and one editor for new and existing documents
 * (the same element, so the URL can change from new to the created id without remounting).
 */
const documentRoutes: RouteObject[] = [
  {
    path: 'documents',
    lazy: async () => {
      const { DocumentRegisterPage } = await import('../features/documents/DocumentRegisterPage')
      return { element: <DocumentRegisterPage /> }
    },
  },
  { path: 'documents/:id', lazy: documentEditor },
  { path: 'documents/:id/edit', lazy: documentEditor },
]

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
            ...GENERIC_KINDS.flatMap(kindRoutes),
            ...documentRoutes,
            {
              path: 'search',
              lazy: async () => {
                const { SearchResultsPage } = await import('./SearchResultsPage')
                return { element: <SearchResultsPage /> }
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
