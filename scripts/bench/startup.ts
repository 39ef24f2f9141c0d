import type { BrowserContext } from '@playwright/test'

/**
 * Start-up of the real app build in Chromium: from navigation to 工作台 showing its counts, and
 * to the first moment after that when the page can take a click (a task after the next frame).
 * Measured by an observer injected before the page's own scripts, so the app carries no hook.
 */
export interface StartupTiming {
  /** 工作台 on screen and the main thread free: it takes a click, its figures may be pending. */
  readonly takesInput: number
  /** 工作台 with its figures on screen, ms after navigation began. */
  readonly shown: number
  /** The main thread free again after that. */
  readonly interactive: number
}

const OBSERVER = `
window.__xiezhiStartup = new Promise((resolve) => {
  const heading = () => [...document.querySelectorAll('h1')].some((h) => h.textContent === '工作台')
  const ready = () =>
    heading() && /\\d/.test(document.querySelector('[aria-label="企业库数量"]')?.textContent ?? '')
  const afterFrame = (done) => requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0))
  let takesInput
  const observer = new MutationObserver(() => {
    if (takesInput === undefined && heading()) {
      takesInput = null
      afterFrame((at) => (takesInput = at))
    }
    if (!ready()) return
    observer.disconnect()
    const shown = performance.now()
    afterFrame((interactive) => {
      const settle = () =>
        takesInput ? resolve({ takesInput, shown, interactive }) : setTimeout(settle, 5)
      settle()
    })
  })
  observer.observe(document, { subtree: true, childList: true, characterData: true })
})
`

/** Opens `url` in a new page of `browser`'s context and times the first screen. */
export async function timeStartup(context: BrowserContext, url: string): Promise<StartupTiming> {
  const page = await context.newPage()
  try {
    // Nothing from an earlier visit helps: no HTTP cache, hence no code cache either.
    const session = await context.newCDPSession(page)
    await session.send('Network.setCacheDisabled', { cacheDisabled: true })
    await page.addInitScript(OBSERVER)
    await page.goto(url)
    return await page.evaluate(
      () => (window as unknown as { __xiezhiStartup: Promise<StartupTiming> }).__xiezhiStartup,
    )
  } finally {
    await page.close()
  }
}
