import { useRef, useState } from 'react'

/**
 * Runs one command at a time (a second click while one runs does nothing) and says which is
 * running, so its button can show progress and the others stay disabled. `onStart` clears what
 * the last run reported; `onError` turns a failure into a message for the user.
 */
export function useBusyAction<Label extends string>(handlers: {
  readonly onStart: () => void
  readonly onError: (error: unknown) => void
}) {
  const [busy, setBusy] = useState<Label | null>(null)
  // The state updates after a render; the ref refuses a second click within the same one.
  const running = useRef(false)
  const run = async (label: Label, task: () => Promise<void>) => {
    if (running.current) return
    running.current = true
    setBusy(label)
    handlers.onStart()
    try {
      await task()
    } catch (error) {
      handlers.onError(error)
    } finally {
      running.current = false
      setBusy(null)
    }
  }
  return { busy, run }
}
