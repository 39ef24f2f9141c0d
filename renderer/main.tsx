import '../shared/zod'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { AppErrorBoundary } from './app/AppErrorBoundary'
import { StartupError } from './app/StartupError'
import { createAppDatabase, prepareAppDatabase } from './data/openAppDatabase'

const root = createRoot(document.getElementById('root') as HTMLElement)
const db = createAppDatabase()

// The first screen does not wait for the database: opening it runs alongside the first render.
root.render(
  <StrictMode>
    <AppErrorBoundary>
      <App db={db} />
    </AppErrorBoundary>
  </StrictMode>,
)
prepareAppDatabase(db).catch((error: unknown) => {
  root.render(<StartupError error={error} />)
})
