import { originOf } from '../appOrigin'
import type { FrameLike, IpcEventLike } from './createHandler'

/** The window whose page may call the shell, as the check needs it. */
export interface TrustedWindow {
  readonly webContentsId: number
  readonly mainFrame: FrameLike
}

/**
 * Builds the sender check for IPC: the call must come from the main frame (not an iframe) of
 * the app's own window, and that frame must currently show one of the trusted origins.
 * Electron's security guide asks for this because any frame with the preload can call invoke.
 */
export function createSenderCheck(
  getWindow: () => TrustedWindow | null,
  origins: readonly string[],
): (event: IpcEventLike) => boolean {
  return (event) => {
    const frame = event.senderFrame
    const target = getWindow()
    if (frame === null || target === null) return false
    if (event.sender.id !== target.webContentsId) return false
    if (frame.parent !== null) return false
    if (frame.processId !== target.mainFrame.processId) return false
    if (frame.routingId !== target.mainFrame.routingId) return false
    const origin = originOf(frame.url)
    return origin !== null && origins.includes(origin)
  }
}
