import '../../shared/zod'
import { db, prepared } from './openingDatabase'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { AppErrorBoundary } from './AppErrorBoundary'
import { StartupError } from './StartupError'

/** The app itself, loaded by main.tsx once the database has been asked to load. */
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
