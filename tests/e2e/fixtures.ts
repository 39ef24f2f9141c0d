import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, test as base } from '@playwright/test'

export { expect, type Page, type TestInfo } from '@playwright/test'

/**
 * Each test runs in a fresh Chromium profile on disk, as the desktop app keeps its database. A
 * context without a profile keeps IndexedDB in memory, where Chromium (150 on Debian) uses a
 * different store that writes several times slower than the one on disk.
 */
export const test = base.extend({
  context: async (
    { launchOptions, baseURL, locale, timezoneId, viewport, acceptDownloads },
    use,
  ) => {
    const profile = await mkdtemp(join(tmpdir(), 'xiezhi-e2e-'))
    const context = await chromium.launchPersistentContext(profile, {
      ...launchOptions,
      baseURL,
      locale,
      timezoneId,
      viewport,
      acceptDownloads,
    })
    await use(context)
    await context.close()
    await rm(profile, { recursive: true, force: true })
  },
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()))
  },
})
