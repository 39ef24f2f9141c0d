import { isRouteErrorResponse, useRouteError } from 'react-router'
import { ErrorScreen } from './ErrorScreen'
import { NotFoundPage } from './NotFoundPage'

/** The router's error element: a screen that threw while rendering or could not be loaded. */
export function AppErrorPage() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />
  return <ErrorScreen error={error} />
}
