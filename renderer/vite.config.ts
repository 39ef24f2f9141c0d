import { cpSync, createReadStream, existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY } from '../shared/security/csp'

const rendererRoot = fileURLToPath(new URL('.', import.meta.url))
const outDir = fileURLToPath(new URL('../out/renderer', import.meta.url))

/**
 * The production page carries the CSP as a meta tag, so it applies in a plain browser as well as
 * under app:// (where the protocol handler also sends it as a header). The dev server needs inline
 * scripts for hot reload, so it is left out there.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'xiezhi-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  }
}

/** pdf.js's character maps and standard fonts, served beside the app (attachment preview). */
const PDFJS_ASSETS = ['cmaps', 'standard_fonts']
const pdfjsRoot = fileURLToPath(new URL('../node_modules/pdfjs-dist', import.meta.url))

function pdfjsAssets(): Plugin {
  return {
    name: 'xiezhi-pdfjs-assets',
    configureServer(server) {
      server.middlewares.use('/pdfjs', (request, response, next) => {
        const path = join(pdfjsRoot, decodeURIComponent((request.url ?? '').split('?')[0] ?? ''))
        const inside = PDFJS_ASSETS.some((folder) => path.startsWith(join(pdfjsRoot, folder)))
        if (inside && existsSync(path)) createReadStream(path).pipe(response)
        else next()
      })
    },
    writeBundle() {
      for (const folder of PDFJS_ASSETS) {
        cpSync(join(pdfjsRoot, folder), join(outDir, 'pdfjs', folder), { recursive: true })
      }
    },
  }
}

export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react(), contentSecurityPolicy(), pdfjsAssets()],
  define: {
    __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0'),
  },
  build: {
    outDir,
    emptyOutDir: true,
    minify: true,
    chunkSizeWarningLimit: 2000,
    // Fonts and images stay files: the CSP allows no data: fonts.
    assetsInlineLimit: 0,
  },
  preview: { port: 5174, strictPort: true },
  server: { port: 5173, strictPort: true },
})
