import '../shared/zod'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { openAppDatabase } from './data/openAppDatabase'
import { StartupError } from './app/StartupError'

const root = createRoot(document.getElementById('root') as HTMLElement)

openAppDatabase().then(
  (db) => {
    root.render(
      <StrictMode>
        <App db={db} />
      </StrictMode>,
    )
  },
  (error: unknown) => {
    root.render(<StartupError error={error} />)
  },
)
