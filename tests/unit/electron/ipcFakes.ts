import type { FrameLike, IpcEventLike } from '../../../electron/main/ipc/createHandler'

/** Fake IPC events for the handler tests: by default, a call from the app's main frame. */
export const WINDOW_ID = 7
export const MAIN_FRAME: FrameLike = {
  url: 'app://xiezhi/index.html#/',
  processId: 4,
  routingId: 1,
  parent: null,
}

export function fakeEvent(
  frame: Partial<FrameLike> | null = {},
  senderId = WINDOW_ID,
): IpcEventLike {
  return {
    sender: { id: senderId },
    senderFrame: frame === null ? null : { ...MAIN_FRAME, ...frame },
  }
}
