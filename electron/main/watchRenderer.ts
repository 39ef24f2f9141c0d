import { app, dialog, type BrowserWindow } from 'electron'
import { createRendererRecovery } from './rendererRecovery'

/**
 * Connects a window to the crash and hang handling of rendererRecovery.ts: a crashed page is
 * reloaded with a Chinese notice, a hung one brings a box offering 等待 / 重新加载, and repeated
 * crashes stop the reloads and offer 退出.
 */
export function watchRenderer(window: BrowserWindow, appName: string, startUrl: string): void {
  const contents = window.webContents
  const recovery = createRendererRecovery({
    ask: async (box, signal) => {
      const { response } = await dialog.showMessageBox(window, {
        type: 'warning',
        title: appName,
        message: box.message,
        detail: box.detail,
        buttons: [...box.buttons],
        defaultId: box.defaultId,
        cancelId: box.cancelId,
        noLink: true,
        signal,
      })
      return response
    },
    reload: () => {
      contents.reload()
    },
    restart: () => {
      // Electron's documented way out of "unresponsive": a reload right after this runs in a new process.
      contents.forcefullyCrashRenderer()
      contents.reload()
    },
    loadStartPage: () => {
      contents.loadURL(startUrl).catch((error: unknown) => {
        console.error('[renderer] could not load the start page', error)
      })
    },
    quit: () => {
      app.quit()
    },
    isClosed: () => window.isDestroyed() || contents.isDestroyed(),
    now: () => Date.now(),
  })

  contents.on('render-process-gone', (_event, details) => {
    console.error('[renderer] the page process is gone:', details.reason, details.exitCode)
    recovery.onGone(details.reason)
  })
  contents.on('unresponsive', () => {
    console.warn('[renderer] the page is not responding')
    recovery.onUnresponsive()
  })
  contents.on('responsive', () => {
    recovery.onResponsive()
  })
}
