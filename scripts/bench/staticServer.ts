import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize } from 'node:path'

/**
 * A static server for the benchmark: the app's build at / and the bench page at /bench/, on one
 * origin, so the bench page fills the very IndexedDB the app then opens.
 */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
}

export async function serveStatic(
  port: number,
  roots: Readonly<Record<string, string>>,
): Promise<Server> {
  const prefixes = Object.keys(roots).sort((a, b) => b.length - a.length)
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    const prefix = prefixes.find((candidate) => path.startsWith(candidate))
    const root = prefix === undefined ? undefined : roots[prefix]
    if (prefix === undefined || root === undefined || path.includes('..')) {
      response.writeHead(404).end()
      return
    }
    const relative = normalize(path.slice(prefix.length)) || 'index.html'
    const file = join(root, relative.endsWith('/') || relative === '.' ? 'index.html' : relative)
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        })
        response.end(body)
      },
      () => response.writeHead(404).end(),
    )
  })
  await new Promise<void>((resolve) => server.listen(port, 'localhost', resolve))
  return server
}
