import { readFile, stat } from 'node:fs/promises'
import nodePath from 'node:path'
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp'
import { APP_HOST, APP_SCHEME } from './appOrigin'

/** The subset of node:path used here, so tests can run the Windows rules on any machine. */
export type PathApi = Pick<typeof nodePath, 'resolve' | 'sep' | 'isAbsolute'>

/**
 * Maps an app://xiezhi/… request to a file inside rootDir, or null if the request must be
 * refused. Everything that could step outside the folder is refused rather than cleaned up:
 * "..", encoded slashes or backslashes, NUL bytes, drive letters, a wrong host, a port or user.
 */
export function resolveAppPath(
  rootDir: string,
  requestUrl: string,
  path: PathApi = nodePath,
): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST) return null
  if (url.username !== '' || url.password !== '' || url.port !== '') return null

  const rawPath = url.pathname
  // Percent-encoded separators would survive URL parsing and become separators after decoding.
  if (/%(2f|5c|00)/i.test(rawPath) || rawPath.includes('\\')) return null

  let decoded: string
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || !decoded.startsWith('/')) return null

  const segments = decoded.slice(1).split('/')
  if (segments.at(-1) === '') segments[segments.length - 1] = 'index.html'
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') return null
    // ':' would let Windows switch drives ("C:") or open an alternate data stream.
    if (segment.includes(':')) return null
  }

  const root = path.resolve(rootDir)
  const resolved = path.resolve(root, ...segments)
  if (!resolved.startsWith(root.endsWith(path.sep) ? root : root + path.sep)) return null
  return resolved
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
}

/** Content-Type for a served file; module scripts load only with a JavaScript type. */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[nodePath.extname(filePath).toLowerCase()] ?? 'application/octet-stream'
}

/** Headers sent with every response of the app protocol. */
export function responseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    // A new version replaces the files in place; never serve a stale chunk from cache.
    'Cache-Control': 'no-cache',
  }
}

/** Reads a file, or returns null if it does not exist or is not a regular file. */
export type ReadAppFile = (absolutePath: string) => Promise<Uint8Array<ArrayBuffer> | null>

/** The ReadAppFile used in the app (Electron's fs also reads inside app.asar). */
export const readRegularFile: ReadAppFile = async (absolutePath) => {
  try {
    const info = await stat(absolutePath)
    // Copied into a plain Uint8Array, the body type Response accepts.
    return info.isFile() ? new Uint8Array(await readFile(absolutePath)) : null
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return null
    throw error
  }
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: responseHeaders('text/plain; charset=utf-8') })
}

/** The handler given to protocol.handle: serves files from rootDir, refuses everything else. */
export function createAppRequestHandler(
  rootDir: string,
  readAppFile: ReadAppFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, '不支持的请求方式')
    }
    const filePath = resolveAppPath(rootDir, request.url)
    if (filePath === null) return textResponse(403, '拒绝访问')
    let body: Uint8Array<ArrayBuffer> | null
    try {
      body = await readAppFile(filePath)
    } catch (error) {
      console.error('[app protocol] could not read', filePath, error)
      return textResponse(500, '读取文件出错')
    }
    if (body === null) return textResponse(404, '找不到该文件')
    const headers = responseHeaders(mimeTypeFor(filePath))
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers })
  }
}
