import { app, dialog, shell, type BrowserWindow, type IpcMainInvokeEvent } from 'electron'
import { join } from 'node:path'
import { backupSettingsFile } from '../backupSettings'
import { nodePrintSystem, printWithWordProcessor } from '../printDocument'
import type { SavedFiles } from '../savedFiles'
import type { ShellDeps } from './handlers'

/** The Electron side of the shell handlers: dialogs, the system's default program, printing. */
export function electronShellDeps(
  getWindow: () => BrowserWindow | null,
  savedFiles: SavedFiles,
): ShellDeps<IpcMainInvokeEvent> {
  return {
    showSaveDialog: (request) => {
      const window = getWindow()
      const options = {
        ...request,
        properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
      }
      return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options)
    },
    openPath: (path) => shell.openPath(path),
    // The system print dialog of the window that asked; the callback reports cancel or failure.
    print: (event) =>
      new Promise((resolve) => {
        event.sender.print({ silent: false, printBackground: true }, (success, failureReason) => {
          resolve({ success, failureReason })
        })
      }),
    printFile: (path) =>
      printWithWordProcessor(
        path,
        nodePrintSystem((p) => shell.openPath(p)),
      ),
    chooseFolder: async (request) => {
      const window = getWindow()
      const options = {
        ...request,
        properties: ['openDirectory' as const, 'createDirectory' as const],
      }
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? undefined : result.filePaths[0]
    },
    backupSettings: backupSettingsFile(join(app.getPath('userData'), 'backup-settings.json')),
    savedFiles,
    documentsDir: app.getPath('documents'),
    appVersion: app.getVersion(),
    platform: process.platform,
  }
}
