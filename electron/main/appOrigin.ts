/**
 * Where the renderer comes from. The packaged app serves it from app://xiezhi/ rather than
 * file://: IndexedDB is keyed by origin, and a custom standard scheme gives one origin that
 * stays the same across versions and install folders (file:// would not, and is opaque).
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'xiezhi'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * The origin of a URL as "scheme://host[:port]", or null if it cannot be parsed. Node reports
 * origin "null" for schemes it does not know (app:), so it is built by hand.
 */
export function originOf(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.host === '') return null
  return `${parsed.protocol}//${parsed.host}`.toLowerCase()
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * The dev server URL electron-vite passes in, if it may be used: only outside a packaged app,
 * and only an http(s) address on this computer, so a stray environment variable cannot point
 * the window (and its preload API) at a remote site.
 */
export function devServerUrl(isPackaged: boolean, envValue: string | undefined): string | null {
  if (isPackaged || envValue === undefined || envValue === '') return null
  let parsed: URL
  try {
    parsed = new URL(envValue)
  } catch {
    return null
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
  if (!LOOPBACK_HOSTS.has(parsed.hostname)) return null
  return parsed.href
}

/** Origins whose pages may navigate, call IPC and get permissions. */
export function trustedOrigins(devUrl: string | null): readonly string[] {
  const dev = devUrl === null ? null : originOf(devUrl)
  return dev === null ? [APP_ORIGIN] : [APP_ORIGIN, dev]
}
