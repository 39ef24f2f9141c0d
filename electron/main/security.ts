import type { Session, WebContents } from 'electron'
import { originOf } from './appOrigin'

/** Navigation is allowed only to a page of a trusted origin (the app itself, or the dev server). */
export function isNavigationAllowed(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url)
  return origin !== null && origins.includes(origin)
}

/**
 * The only permission granted. navigator.storage.persist() goes through Electron's permission
 * request handler as 'persistent-storage' (and navigator.storage.persisted() through the check
 * handler), so denying everything would make the renderer report its data as evictable.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage'])

/** Whether a permission asked for by a page at requestingUrl is granted. */
export function isPermissionAllowed(
  permission: string,
  requestingUrl: string | undefined,
  origins: readonly string[],
): boolean {
  if (!ALLOWED_PERMISSIONS.has(permission) || requestingUrl === undefined) return false
  return isNavigationAllowed(requestingUrl, origins)
}

/**
 * Closes the ways a page could leave the app: navigations and redirects to other origins,
 * new windows, and <webview>. Applied to every WebContents the app creates.
 */
export function hardenWebContents(contents: WebContents, origins: readonly string[]): void {
  const guard = (event: { url: string; preventDefault: () => void }) => {
    if (!isNavigationAllowed(event.url, origins)) {
      console.warn('[security] blocked navigation to', event.url)
      event.preventDefault()
    }
  }
  contents.on('will-navigate', guard)
  contents.on('will-frame-navigate', guard)
  contents.on('will-redirect', guard)
  contents.setWindowOpenHandler(({ url }) => {
    console.warn('[security] blocked a new window for', url)
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
  })
}

/** Denies every permission request and check, except those in ALLOWED_PERMISSIONS. */
export function lockDownSession(session: Session, origins: readonly string[]): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, origins))
  })
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, origins),
  )
}
