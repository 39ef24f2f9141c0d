import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, test as base, type BrowserContext, type Page } from '@playwright/test'

export { expect, type Page, type TestInfo } from '@playwright/test'

/**
 * Each test runs in a fresh Chromium profile on disk, as the desktop app keeps its database. A
 * context without a profile keeps IndexedDB in memory, where Chromium (150 on Debian) uses a
 * different store that writes several times slower than the one on disk.
 */
type ProfileOptions = Parameters<typeof chromium.launchPersistentContext>[1]

/** Runs `use` with a browser in a new profile of its own, removed after. */
async function withProfile(
  options: ProfileOptions,
  use: (context: BrowserContext) => Promise<void>,
) {
  const profile = await mkdtemp(join(tmpdir(), 'xiezhi-e2e-'))
  const context = await chromium.launchPersistentContext(profile, options)
  await use(context)
  await context.close()
  await rm(profile, { recursive: true, force: true })
}

export const test = base.extend<{ otherDevice: Page }>({
  context: async (
    { launchOptions, baseURL, locale, timezoneId, viewport, acceptDownloads },
    use,
  ) => {
    const options = { ...launchOptions, baseURL, locale, timezoneId, viewport, acceptDownloads }
    await withProfile(options, use)
  },
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()))
  },
  /** A second PC: another profile, so another database and device id. */
  otherDevice: async (
    { launchOptions, baseURL, locale, timezoneId, viewport, acceptDownloads },
    use,
  ) => {
    const options = { ...launchOptions, baseURL, locale, timezoneId, viewport, acceptDownloads }
    await withProfile(options, async (context) => {
      await use(context.pages()[0] ?? (await context.newPage()))
    })
  },
})
