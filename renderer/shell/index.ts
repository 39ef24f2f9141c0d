import { SHELL_GLOBAL, type ShellApi } from '../../shared/ipc/contract'
import { webShell } from './webShell'

declare global {
  const __APP_VERSION__: string
}

/** The Electron bridge when the preload provided one, the web fallback otherwise. */
function pickShell(): ShellApi {
  const bridge = (window as unknown as Record<string, unknown>)[SHELL_GLOBAL]
  return bridge ? (bridge as ShellApi) : webShell
}

export const shell: ShellApi = pickShell()

export const isElectron = shell !== webShell
