import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { _electron as electron, expect, test } from '@playwright/test'
import type { ShellApi } from '../../shared/ipc/contract'

/**
 * Starts the built Electron app (out/main/index.js, through package.json "main") and checks
 * that the shell comes up with the app inside it. It does not use the web server or the
 * Chromium launch options of playwright.config.ts: _electron.launch starts its own process.
 * Where no Electron binary has been downloaded (`npm start` or `npx install-electron --no` does
 * that once), it is skipped and says so.
 */

const SKIP_MESSAGE = 'skipped: no Electron binary on this machine'
const projectRoot = fileURLToPath(new URL('../..', import.meta.url))
const mainEntry = fileURLToPath(new URL('../../out/main/index.js', import.meta.url))

/**
 * The Electron executable if it has been downloaded, or null. Since Electron 42 the npm package
 * has no install script: `require('electron')` downloads the binary on first use, so calling it
 * here would start a 100 MB download (or fail slowly offline) inside a test. The files are read
 * the way the package's own index.js reads them, without its download.
 */
function electronBinary(): string | null {
  let packageDir: string
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  } catch {
    return null
  }
  const pathFile = join(packageDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : null
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  const executable =
    override !== undefined && override !== ''
      ? join(override, relative ?? 'electron')
      : relative !== null
        ? join(packageDir, 'dist', relative)
        : null
  return executable !== null && existsSync(executable) ? executable : null
}

test.describe('Electron shell', () => {
  test('starts, shows 协知 and exposes window.xiezhi', async () => {
    const executablePath = electronBinary()
    if (executablePath === null) {
      console.log(`${SKIP_MESSAGE} (download it once with "npx install-electron --no")`)
      test.skip(true, SKIP_MESSAGE)
      return
    }
    expect(existsSync(mainEntry), 'run "npm run build" first: out/main/index.js is missing').toBe(
      true,
    )

    // Load the built renderer over app://, never a dev server.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        (entry): entry is [string, string] =>
          entry[1] !== undefined && entry[0] !== 'ELECTRON_RENDERER_URL',
      ),
    )
    const runsAsRoot = typeof process.getuid === 'function' && process.getuid() === 0
    const app = await electron.launch({
      executablePath,
      // Chromium refuses its sandbox when run as root (containers, CI); the page stays sandboxed in the app's settings.
      args: [...(runsAsRoot ? ['--no-sandbox'] : []), projectRoot],
      cwd: projectRoot,
      env,
    })
    try {
      const page = await app.firstWindow()
      await page.waitForLoadState('domcontentloaded')
      expect(page.url()).toMatch(/^app:\/\/xiezhi\/index\.html/)
      await expect(page).toHaveTitle(/协知/)
      await expect(page.getByText('协知').first()).toBeVisible()

      const info = await page.evaluate(() =>
        (window as unknown as { xiezhi: ShellApi }).xiezhi.appInfo({}),
      )
      expect(info.shell).toBe('electron')
      expect(info.version).toMatch(/^\d+\.\d+\.\d+/)

      // The page gets the small API and nothing of Node.
      const exposed = await page.evaluate(() => ({
        methods: Object.keys((window as unknown as { xiezhi: object }).xiezhi).sort(),
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
      }))
      expect(exposed).toEqual({
        methods: ['appInfo', 'openFile', 'print', 'saveFile'],
        require: 'undefined',
        process: 'undefined',
      })

      // Bad input is refused in the main process with a Chinese message.
      const refusal = await page.evaluate(() =>
        (window as unknown as { xiezhi: ShellApi }).xiezhi
          .saveFile({ suggestedName: '../evil.docx', filters: [], data: new Uint8Array(1) })
          .then(
            () => 'saved',
            (error: unknown) => (error instanceof Error ? error.message : String(error)),
          ),
      )
      expect(refusal).toMatch(/^参数无效/)
    } finally {
      await app.close()
    }
  })
})
