import { EventEmitter } from 'node:events'
import type { Session, WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import {
  hardenWebContents,
  isNavigationAllowed,
  isPermissionAllowed,
  lockDownSession,
} from '../../../electron/main/security'

const origins = ['app://xiezhi']

describe('isNavigationAllowed', () => {
  it.each([
    'app://xiezhi/index.html',
    'app://xiezhi/index.html#/enterprises',
    'app://XIEZHI/other.html',
  ])('allows %s', (url) => {
    expect(isNavigationAllowed(url, origins)).toBe(true)
  })

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'file:///C:/Windows/System32/calc.exe',
    'app://xiezhi.evil.com/index.html',
    'app://evil/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'about:blank',
    'not a url',
  ])('blocks %s', (url) => {
    expect(isNavigationAllowed(url, origins)).toBe(false)
  })
})

describe('isPermissionAllowed', () => {
  it('grants persistent storage to the app', () => {
    expect(isPermissionAllowed('persistent-storage', 'app://xiezhi/index.html', origins)).toBe(true)
    // The check handler passes an origin, which Chromium writes with a trailing slash.
    expect(isPermissionAllowed('persistent-storage', 'app://xiezhi/', origins)).toBe(true)
  })

  it('does not grant persistent storage to another origin or an unknown requester', () => {
    expect(isPermissionAllowed('persistent-storage', 'https://evil.example/', origins)).toBe(false)
    expect(isPermissionAllowed('persistent-storage', undefined, origins)).toBe(false)
  })

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'fullscreen',
    'openExternal',
    'fileSystem',
    'hid',
    'serial',
    'usb',
    'display-capture',
    'unknown',
  ])('denies %s even to the app', (permission) => {
    expect(isPermissionAllowed(permission, 'app://xiezhi/index.html', origins)).toBe(false)
  })
})

/** A WebContents stand-in: real events, plus the window-open handler it was given. */
class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | undefined
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler
  }
}

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() }
}

describe('hardenWebContents', () => {
  const contents = new FakeContents()
  hardenWebContents(contents as unknown as WebContents, origins)
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'blocks %s to another origin',
    (name) => {
      const event = navigationEvent('https://example.com/')
      contents.emit(name, event)
      expect(event.preventDefault).toHaveBeenCalledOnce()
    },
  )

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'lets %s within the app through',
    (name) => {
      const event = navigationEvent('app://xiezhi/index.html')
      contents.emit(name, event)
      expect(event.preventDefault).not.toHaveBeenCalled()
    },
  )

  it('denies every new window', () => {
    expect(contents.openHandler?.({ url: 'app://xiezhi/index.html' })).toEqual({ action: 'deny' })
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
  })

  it('prevents <webview>', () => {
    const event = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', event, {}, {})
    expect(event.preventDefault).toHaveBeenCalledOnce()
    warn.mockClear()
  })
})

describe('lockDownSession', () => {
  type RequestHandler = (
    contents: unknown,
    permission: string,
    callback: (granted: boolean) => void,
    details: { requestingUrl?: string },
  ) => void
  type CheckHandler = (contents: unknown, permission: string, requestingOrigin: string) => boolean
  let request: RequestHandler | undefined
  let check: CheckHandler | undefined
  const session = {
    setPermissionRequestHandler: (handler: RequestHandler) => {
      request = handler
    },
    setPermissionCheckHandler: (handler: CheckHandler) => {
      check = handler
    },
  }
  lockDownSession(session as unknown as Session, origins)

  it('answers requests through the callback', () => {
    const callback = vi.fn()
    request?.(null, 'media', callback, { requestingUrl: 'app://xiezhi/index.html' })
    request?.(null, 'persistent-storage', callback, { requestingUrl: 'app://xiezhi/index.html' })
    expect(callback.mock.calls).toEqual([[false], [true]])
  })

  it('answers checks', () => {
    expect(check?.(null, 'persistent-storage', 'app://xiezhi/')).toBe(true)
    expect(check?.(null, 'notifications', 'app://xiezhi/')).toBe(false)
  })
})
