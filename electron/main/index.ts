import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, dialog, Menu, session, type BrowserWindow } from 'electron'
import { showAboutDialog } from './about'
import { APP_ENTRY_URL, devServerUrl, trustedOrigins } from './appOrigin'
import { electronShellDeps } from './ipc/electronDeps'
import { createShellHandlers } from './ipc/handlers'
import { registerIpcHandlers } from './ipc/register'
import { createSenderCheck } from './ipc/senderCheck'
import { buildMenuTemplate } from './menu'
import { handleAppProtocol, registerAppScheme } from './registerAppProtocol'
import { SavedFiles } from './savedFiles'
import { hardenWebContents, lockDownSession } from './security'
import { confirmUnload } from './confirmUnload'
import { watchRenderer } from './watchRenderer'
import { createMainWindow, focusWindow } from './window'

/**
 * Entry of the main process: wiring only. The decisions (paths, origins, menu, permissions,
 * validation, window placement) live in the modules imported above and are unit-tested.
 */

const APP_NAME = '协知'
const mainDir = dirname(fileURLToPath(import.meta.url))
const rendererDir = join(mainDir, '../renderer')
const preloadPath = join(mainDir, '../preload/index.cjs')

const devUrl = devServerUrl(app.isPackaged, process.env.ELECTRON_RENDERER_URL)
const origins = trustedOrigins(devUrl)
const startUrl = devUrl ?? APP_ENTRY_URL

// Before "ready", and before the single-instance check so the scheme is known either way.
registerAppScheme()

if (!app.requestSingleInstanceLock()) {
  // Another 协知 is running; it receives "second-instance" and comes to the front.
  app.quit()
} else {
  let mainWindow: BrowserWindow | null = null

  const openMainWindow = async (): Promise<void> => {
    const window = await createMainWindow({
      preloadPath,
      stateFile: join(app.getPath('userData'), 'window-state.json'),
      isPackaged: app.isPackaged,
    })
    mainWindow = window
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null
    })
    watchRenderer(window, APP_NAME, startUrl)
    confirmUnload(window, APP_NAME)
    await window.loadURL(startUrl)
  }

  app.on('second-instance', () => {
    if (mainWindow) focusWindow(mainWindow)
  })

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, origins)
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  app
    .whenReady()
    .then(async () => {
      handleAppProtocol(rendererDir)
      lockDownSession(session.defaultSession, origins)

      const isTrustedSender = createSenderCheck(
        () =>
          mainWindow && !mainWindow.isDestroyed()
            ? {
                webContentsId: mainWindow.webContents.id,
                mainFrame: mainWindow.webContents.mainFrame,
              }
            : null,
        origins,
      )
      registerIpcHandlers(
        createShellHandlers(electronShellDeps(() => mainWindow, new SavedFiles())),
        isTrustedSender,
      )

      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate({
            platform: process.platform,
            isPackaged: app.isPackaged,
            appName: APP_NAME,
            onAbout: () => {
              showAboutDialog(APP_NAME, mainWindow)
            },
          }),
        ),
      )

      await openMainWindow()

      app.on('activate', () => {
        if (mainWindow === null) {
          openMainWindow().catch((error: unknown) => {
            console.error('[main] could not reopen the window', error)
          })
        }
      })
    })
    .catch((error: unknown) => {
      console.error('[main] start-up failed', error)
      dialog.showErrorBox('协知无法启动', String(error))
      app.exit(1)
    })
}
