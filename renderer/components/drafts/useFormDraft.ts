import { useDataApi, type DraftEntry } from '../../data/api'
import { useCallback, useEffect, useEffectEvent, useLayoutEffect, useRef, useState } from 'react'

/** How often a changed form is written to its draft while the user types. */
export const DRAFT_INTERVAL_MS = 3000

/** A pause in typing this long writes the draft at once (a crash then loses less than it). */
export const DRAFT_PAUSE_MS = 600

interface Options<V> {
  /** The form's draft slot: `${kind}:${id}` or `${kind}:new`. */
  readonly key: string
  readonly kind: string
  readonly recordId?: string
  /** What the form holds now (read when the draft is written). */
  readonly values: () => V
  /** What the form loaded, kept with the draft so a restored form still knows what changed. */
  readonly base?: () => unknown
  /** The form differs from what is saved: only then is there a draft to keep. */
  readonly dirty: boolean
}

export interface FormDraft {
  /** A draft left by an earlier session (a closed window, a reload, a crash), not yet decided. */
  readonly found: DraftEntry | undefined
  /** The user chose 恢复草稿 or 丢弃; the banner goes. */
  readonly settle: () => void
  /** The form was saved or its changes given up: its draft goes too. */
  readonly clear: () => Promise<void>
  /** The user changed something: the draft is written after a short pause in typing. */
  readonly changed: () => void
  /** When this session last wrote the draft (undefined before the first write). */
  readonly savedAt: number | undefined
}

/**
 * Keeps a form's draft: written after each pause in typing, every few seconds while the form is
 * dirty, and at once when the window loses focus or is hidden or closed; on opening, a draft left behind is offered back. A
 * browser tab or desktop window that closes with unsaved changes asks first (beforeunload; the
 * desktop app turns it into its own dialog).
 */
export function useFormDraft<V>({
  key,
  kind,
  recordId,
  values,
  base,
  dirty,
}: Options<V>): FormDraft {
  const api = useDataApi()
  const [found, setFound] = useState<DraftEntry | undefined>(undefined)
  const cleared = useRef(false)
  const [savedAt, setSavedAt] = useState<number | undefined>(undefined)
  const pause = useRef<number | undefined>(undefined)

  useEffect(() => {
    let current = true
    void api.loadDraft(key).then((draft) => {
      if (current) setFound(draft)
    })
    return () => {
      current = false
    }
  }, [api, key])

  // What a write needs, as of the last render: read by the timers a change starts.
  const latest = useRef({ key, kind, recordId, values, base, dirty })
  useLayoutEffect(() => {
    latest.current = { key, kind, recordId, values, base, dirty }
  })
  const writeLatest = useCallback(() => {
    const current = latest.current
    if (!current.dirty || cleared.current) return
    const at = Date.now()
    void api
      .saveDraft({
        key: current.key,
        kind: current.kind,
        ...(current.recordId === undefined ? {} : { recordId: current.recordId }),
        values: current.values(),
        ...(current.base ? { base: current.base() } : {}),
        savedAt: at,
      })
      .then(() => {
        if (!cleared.current) setSavedAt(at)
      })
  }, [api])
  const write = useEffectEvent(writeLatest)

  const changed = useCallback(() => {
    window.clearTimeout(pause.current)
    pause.current = window.setTimeout(writeLatest, DRAFT_PAUSE_MS)
  }, [writeLatest])
  useEffect(() => () => window.clearTimeout(pause.current), [])

  // A layout effect: by the time the page shows it has changes, closing it already asks.
  useLayoutEffect(() => {
    if (!dirty) return
    cleared.current = false
    const timer = window.setInterval(write, DRAFT_INTERVAL_MS)
    const onHide = () => write()
    const onVisibility = () => document.visibilityState === 'hidden' && write()
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      write()
      event.preventDefault()
    }
    window.addEventListener('blur', onHide)
    window.addEventListener('pagehide', onHide)
    document.addEventListener('visibilitychange', onVisibility)
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => {
      window.clearInterval(timer)
      window.removeEventListener('blur', onHide)
      window.removeEventListener('pagehide', onHide)
      document.removeEventListener('visibilitychange', onVisibility)
      window.removeEventListener('beforeunload', onBeforeUnload)
    }
  }, [dirty])

  const clear = useCallback(async () => {
    cleared.current = true
    setFound(undefined)
    window.clearTimeout(pause.current)
    setSavedAt(undefined)
    await api.discardDraft(key)
  }, [api, key])

  return { found, settle: () => setFound(undefined), clear, changed, savedAt }
}
