import { describe, expect, it } from 'vitest'
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  devServerUrl,
  originOf,
  trustedOrigins,
} from '../../../electron/main/appOrigin'

describe('originOf', () => {
  it.each([
    ['app://xiezhi/index.html', 'app://xiezhi'],
    ['app://XIEZHI/a/b?c#d', 'app://xiezhi'],
    ['http://localhost:5173/', 'http://localhost:5173'],
    ['https://example.com/x', 'https://example.com'],
    ['app://xiezhi.evil.com/', 'app://xiezhi.evil.com'],
  ])('%s → %s', (url, origin) => {
    expect(originOf(url)).toBe(origin)
  })

  it.each(['about:blank', 'data:text/html,hi', 'file:///etc/passwd', 'nonsense', ''])(
    'has no origin for %s',
    (url) => {
      expect(originOf(url)).toBeNull()
    },
  )

  it('gives the entry page the app origin', () => {
    expect(originOf(APP_ENTRY_URL)).toBe(APP_ORIGIN)
  })
})

describe('devServerUrl', () => {
  it('uses a local dev server when not packaged', () => {
    expect(devServerUrl(false, 'http://localhost:5173')).toBe('http://localhost:5173/')
    expect(devServerUrl(false, 'http://127.0.0.1:5173/')).toBe('http://127.0.0.1:5173/')
  })

  it('ignores the variable in a packaged app', () => {
    expect(devServerUrl(true, 'http://localhost:5173')).toBeNull()
  })

  it.each([
    undefined,
    '',
    'http://example.com:5173',
    'file:///tmp/index.html',
    'not a url',
    'javascript:alert(1)',
  ])('ignores %s', (value) => {
    expect(devServerUrl(false, value)).toBeNull()
  })
})

describe('trustedOrigins', () => {
  it('is only the app origin without a dev server', () => {
    expect(trustedOrigins(null)).toEqual(['app://xiezhi'])
  })

  it('adds the dev server origin in development', () => {
    expect(trustedOrigins('http://localhost:5173/')).toEqual([
      'app://xiezhi',
      'http://localhost:5173',
    ])
  })
})
