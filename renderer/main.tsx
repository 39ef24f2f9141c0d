// First of all, with no dependencies: IndexedDB loads the database while the rest is evaluated.
import './data/warmDatabase'
import '../shared/zod'
import { db, prepared } from './app/openingDatabase'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { AppErrorBoundary } from './app/AppErrorBoundary'
import { StartupError } from './app/StartupError'

const root = createRoot(document.getElementById('root') as HTMLElement)

root.render(
  <StrictMode>
    <AppErrorBoundary>
      <App db={db} />
    </AppErrorBoundary>
  </StrictMode>,
)
void prepared.then((result) => {
  if (!result.ok) root.render(<StartupError error={result.error} />)
})
