/**
 * What a main-process handler sends back over IPC. Electron would wrap a thrown error as
 * "Error invoking remote method 'file:save': Error: …"; sending the outcome as data lets the
 * preload reject with exactly the Chinese message the handler chose.
 */
export type IpcEnvelope<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string }

/** Message used when the main process answers with something that is not an envelope. */
export const MALFORMED_REPLY_MESSAGE = '程序内部通信出错，请重新启动协知后再试'

/** Returns the value of a successful envelope, or throws an Error carrying its message. */
export function unwrapEnvelope(reply: unknown): unknown {
  if (typeof reply === 'object' && reply !== null && 'ok' in reply) {
    if (reply.ok === true && 'value' in reply) return reply.value
    if (reply.ok === false && 'message' in reply && typeof reply.message === 'string') {
      throw new Error(reply.message)
    }
  }
  throw new Error(MALFORMED_REPLY_MESSAGE)
}
