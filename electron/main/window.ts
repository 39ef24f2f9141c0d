import { BrowserWindow, screen } from 'electron'
import { initialBounds, loadWindowState, MIN_SIZE, saveWindowState } from './windowState'

export interface MainWindowOptions {
  readonly preloadPath: string
  readonly stateFile: string
  readonly isPackaged: boolean
}

/**
 * Creates the one main window where it was last time, with the renderer locked down. The caller
 * loads the page after keeping a reference, so IPC calls made while it loads are recognised.
 */
export async function createMainWindow(options: MainWindowOptions): Promise<BrowserWindow> {
  const saved = await loadWindowState(options.stateFile)
  const primary = screen.getPrimaryDisplay()
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id)
  const initial = initialBounds(saved, [
    primary.workArea,
    ...others.map((display) => display.workArea),
  ])

  const window = new BrowserWindow({
    ...(initial.kind === 'restored'
      ? initial.bounds
      : { width: initial.width, height: initial.height, center: true }),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: '协知',
    show: false,
    backgroundColor: '#f5f7fa',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // The spell checker downloads dictionaries from the internet; the app stays offline.
      spellcheck: false,
      devTools: !options.isPackaged,
    },
  })

  window.once('ready-to-show', () => {
    if (initial.maximized) window.maximize()
    window.show()
  })
  window.on('close', () => {
    try {
      saveWindowState(options.stateFile, {
        bounds: window.getNormalBounds(),
        maximized: window.isMaximized(),
      })
    } catch (error) {
      console.error('[window] could not save the window state', error)
    }
  })

  return window
}

/** Brings the window to the front, e.g. when the user starts the app a second time. */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore()
  if (!window.isVisible()) window.show()
  window.focus()
}
