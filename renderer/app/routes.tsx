import { createHashRouter, type RouteObject } from 'react-router'
import { KIND_NAMES, type KindName } from '../../shared/kinds'
import { DashboardPage } from '../features/dashboard/DashboardPage'
import { DocumentEditorPage } from '../features/documents/DocumentEditorPage'
import { DocumentRegisterPage } from '../features/documents/DocumentRegisterPage'
import { EnterpriseListPage } from '../features/enterprises/EnterpriseListPage'
import { KindDetailPage } from '../features/records/KindDetailPage'
import { ExportButton } from '../features/records/excel/ExportButton'
import { KindFormPage } from '../features/records/KindFormPage'
import { KindListPage } from '../features/records/KindListPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { AppLayout } from './AppLayout'
import { NotFoundPage } from './NotFoundPage'
import { KIND_PATHS } from './kindPaths'

function kindRoutes(kind: KindName): RouteObject[] {
  const base = KIND_PATHS[kind].slice(1)
  return [
    {
      path: base,
      element:
        kind === 'enterprise' ? (
          <EnterpriseListPage />
        ) : (
          <KindListPage
            kind={kind}
            extraActions={({ query, total }) => (
              <ExportButton kind={kind} query={query} total={total} />
            )}
          />
        ),
    },
    { path: `${base}/new`, element: <KindFormPage kind={kind} key={`${kind}-new`} /> },
    { path: `${base}/:id`, element: <KindDetailPage kind={kind} /> },
    { path: `${base}/:id/edit`, element: <KindFormPage kind={kind} key={`${kind}-edit`} /> },
  ]
}

/** Kinds served by the generic list, form and detail screens. */
const GENERIC_KINDS = KIND_NAMES.filter((kind) => kind !== 'document')

/**
 * 公文 has its own screens: the register (its list) and one editor for new and existing documents
 * (the same route object, so the URL can change from new to the created id without remounting).
 */
const documentRoutes: RouteObject[] = [
  { path: 'documents', element: <DocumentRegisterPage /> },
  { path: 'documents/:id', element: <DocumentEditorPage /> },
  { path: 'documents/:id/edit', element: <DocumentEditorPage /> },
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
      children: [
        { index: true, element: <DashboardPage /> },
        ...GENERIC_KINDS.flatMap(kindRoutes),
        ...documentRoutes,
        { path: 'settings', element: <SettingsPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ])
}
