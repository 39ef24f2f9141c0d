import { toSafeFileName } from '../../shared/files/fileName'
import { SHELL_GLOBAL, type ShellApi } from '../../shared/ipc/contract'
import { webShell } from './webShell'

declare global {
  const __APP_VERSION__: string
}

/** The Electron bridge when the preload provided one, or undefined in a browser. */
function electronBridge(): ShellApi | undefined {
  const bridge = (window as unknown as Record<string, unknown>)[SHELL_GLOBAL]
  return bridge ? (bridge as ShellApi) : undefined
}

/**
 * Makes every suggested file name one the shell accepts. Names come from titles users paste
 * (often with zero-width or direction characters from web pages and chat apps); the shell
 * refuses such names, so they are cleaned here rather than failing the save.
 */
function withSafeFileNames(api: ShellApi): ShellApi {
  return {
    saveFile: (args) =>
      api.saveFile({ ...args, suggestedName: toSafeFileName(args.suggestedName) }),
    openFile: (args) => api.openFile(args),
    printFile: (args) => api.printFile(args),
    print: (args) => api.print(args),
    appInfo: (args) => api.appInfo(args),
    autoBackup: (args) => api.autoBackup(args),
    backupFolder: (args) => api.backupFolder(args),
    chooseBackupFolder: (args) => api.chooseBackupFolder(args),
  }
}

const bridge = electronBridge()

/** The Electron bridge when the preload provided one, the web fallback otherwise. */
export const shell: ShellApi = withSafeFileNames(bridge ?? webShell)

export const isElectron = bridge !== undefined
