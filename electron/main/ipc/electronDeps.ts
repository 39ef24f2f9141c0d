import { app, dialog, shell, type BrowserWindow, type IpcMainInvokeEvent } from 'electron'
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
    savedFiles,
    documentsDir: app.getPath('documents'),
    appVersion: app.getVersion(),
    platform: process.platform,
  }
}
