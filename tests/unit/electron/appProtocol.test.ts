import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  createAppRequestHandler,
  mimeTypeFor,
  readRegularFile,
  resolveAppPath,
} from '../../../electron/main/appProtocol'
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/csp'

const root = '/opt/xiezhi/resources/app.asar/out/renderer'

describe('resolveAppPath (POSIX)', () => {
  it.each([
    ['app://xiezhi/', 'index.html'],
    ['app://xiezhi/index.html', 'index.html'],
    ['app://xiezhi/assets/index-Bx1.js', 'assets/index-Bx1.js'],
    ['app://xiezhi/assets/', 'assets/index.html'],
    ['app://xiezhi/index.html?x=1#top', 'index.html'],
    ['app://XIEZHI/index.html', 'index.html'],
    ['app://xiezhi/fonts/%E4%BB%BF%E5%AE%8B.woff2', 'fonts/仿宋.woff2'],
  ])('serves %s from inside the renderer folder', (url, relative) => {
    expect(resolveAppPath(root, url, path.posix)).toBe(path.posix.join(root, relative))
  })

  it.each([
    ['parent segments collapsed by the URL parser', 'app://xiezhi/../../../etc/passwd'],
    [
      'encoded parent segments collapsed by the URL parser',
      'app://xiezhi/%2e%2e/%2E%2E/etc/passwd',
    ],
    ['parent segments inside a folder', 'app://xiezhi/assets/../../../../etc/passwd'],
  ])('keeps %s inside the folder', (_name, url) => {
    // The URL parser removes these before the handler sees them; what is left must stay inside.
    expect(resolveAppPath(root, url, path.posix)).toBe(path.posix.join(root, 'etc/passwd'))
  })

  it.each([
    ['an encoded slash', 'app://xiezhi/..%2f..%2fetc%2fpasswd'],
    ['an encoded slash in upper case', 'app://xiezhi/assets%2F..%2F..%2Fsecret'],
    ['an encoded backslash', 'app://xiezhi/..%5c..%5csecret'],
    ['a raw backslash', 'app://xiezhi/..\\..\\secret'],
    ['an encoded NUL byte', 'app://xiezhi/index.html%00.png'],
    ['a wrong host', 'app://evil/index.html'],
    ['an empty host', 'app:///index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['https', 'https://xiezhi/index.html'],
    ['a port', 'app://xiezhi:8080/index.html'],
    ['user info', 'app://user:pw@xiezhi/index.html'],
    ['an empty segment', 'app://xiezhi//etc/passwd'],
    ['malformed percent-encoding', 'app://xiezhi/%E4%BB.js'],
    ['not a URL', 'not a url'],
    ['an absolute path', '/etc/passwd'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppPath(root, url, path.posix)).toBeNull()
  })

  it('decodes only once, so a double-encoded ".." is a literal name inside the folder', () => {
    const resolved = resolveAppPath(root, 'app://xiezhi/%252e%252e/%252e%252e/x', path.posix)
    expect(resolved).toBe(path.posix.join(root, '%2e%2e/%2e%2e/x'))
  })

  it('never returns a path outside the folder, whatever the input', () => {
    const tricky = [
      '..',
      '%2e%2e',
      '%2E.',
      '.%2e',
      '%2f',
      '%5c',
      '%00',
      '\\',
      'a',
      '',
      '.',
      ':',
      'C:',
    ]
    for (const a of tricky) {
      for (const b of tricky) {
        const resolved = resolveAppPath(root, `app://xiezhi/${a}/${b}/x`, path.posix)
        if (resolved !== null) expect(resolved.startsWith(`${root}/`)).toBe(true)
      }
    }
  })
})

describe('resolveAppPath (Windows)', () => {
  const winRoot =
    'C:\\Users\\张三\\AppData\\Local\\Programs\\xiezhi\\resources\\app.asar\\out\\renderer'

  it('serves a file with Windows separators', () => {
    expect(resolveAppPath(winRoot, 'app://xiezhi/assets/a.js', path.win32)).toBe(
      `${winRoot}\\assets\\a.js`,
    )
  })

  it.each([
    ['a drive letter', 'app://xiezhi/C:/Windows/win.ini'],
    ['a drive-relative segment', 'app://xiezhi/C:secret'],
    ['an alternate data stream', 'app://xiezhi/index.html::$DATA'],
    ['an encoded backslash', 'app://xiezhi/..%5C..%5CWindows%5Cwin.ini'],
    ['a UNC-like double slash', 'app://xiezhi//server/share/x'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppPath(winRoot, url, path.win32)).toBeNull()
  })

  it('does not accept a sibling folder that shares the prefix', () => {
    // "renderer-evil" starts with "renderer"; the check must compare whole folder names.
    const resolved = resolveAppPath('C:\\app\\renderer', 'app://xiezhi/x.js', path.win32)
    expect(resolved).toBe('C:\\app\\renderer\\x.js')
    expect(resolved?.startsWith('C:\\app\\renderer-evil')).toBe(false)
  })
})

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-ABC.js', 'text/javascript; charset=utf-8'],
    ['assets/INDEX.CSS', 'text/css; charset=utf-8'],
    ['fonts/a.woff2', 'font/woff2'],
    ['logo.svg', 'image/svg+xml'],
    ['data.json', 'application/json; charset=utf-8'],
    ['unknown.xyz', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type)
  })
})

describe('createAppRequestHandler', () => {
  const files = new Map<string, string>([
    [path.join(root, 'index.html'), '<!doctype html><title>协知</title>'],
    [path.join(root, 'assets/app.js'), 'console.log(1)'],
  ])
  const reader = vi.fn((file: string) => {
    const text = files.get(file)
    return Promise.resolve(text === undefined ? null : new TextEncoder().encode(text))
  })
  const handle = createAppRequestHandler(root, reader)

  it('serves index.html with its type and the CSP header', async () => {
    const response = await handle(new Request('app://xiezhi/index.html'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toContain('协知')
  })

  it('serves a script as JavaScript (module scripts need it)', async () => {
    const response = await handle(new Request('app://xiezhi/assets/app.js'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it('answers 404 for a missing file', async () => {
    const response = await handle(new Request('app://xiezhi/assets/missing.js'))
    expect(response.status).toBe(404)
  })

  it('answers 403 without reading anything for a refused path', async () => {
    reader.mockClear()
    const response = await handle(new Request('app://xiezhi/..%2f..%2fsecret'))
    expect(response.status).toBe(403)
    expect(reader).not.toHaveBeenCalled()
  })

  it('answers 403 for a wrong host', async () => {
    expect((await handle(new Request('app://other/index.html'))).status).toBe(403)
  })

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handle(
      new Request('app://xiezhi/index.html', { method: 'POST', body: 'x' }),
    )
    expect(response.status).toBe(405)
  })

  it('answers HEAD without a body', async () => {
    const response = await handle(new Request('app://xiezhi/index.html', { method: 'HEAD' }))
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
  })

  it('answers 500 when reading fails', async () => {
    const failing = createAppRequestHandler(root, () => Promise.reject(new Error('EIO')))
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect((await failing(new Request('app://xiezhi/index.html'))).status).toBe(500)
    spy.mockRestore()
  })
})

describe('readRegularFile', () => {
  let dir = ''
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'xiezhi-protocol-'))
    await mkdir(path.join(dir, 'assets'))
    await writeFile(path.join(dir, 'index.html'), 'hello')
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('reads a file', async () => {
    const bytes = await readRegularFile(path.join(dir, 'index.html'))
    expect(bytes && new TextDecoder().decode(bytes)).toBe('hello')
  })

  it('returns null for a folder or a missing file', async () => {
    expect(await readRegularFile(path.join(dir, 'assets'))).toBeNull()
    expect(await readRegularFile(path.join(dir, 'nope.js'))).toBeNull()
    expect(await readRegularFile(path.join(dir, 'index.html', 'x'))).toBeNull()
  })
})
