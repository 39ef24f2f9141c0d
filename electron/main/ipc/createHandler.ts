import type { IpcEnvelope } from '../../../shared/ipc/envelope'
import type { z } from '../../../shared/zod'

/** The parts of a WebFrameMain the sender check reads. */
export interface FrameLike {
  readonly url: string
  readonly processId: number
  readonly routingId: number
  readonly parent: unknown
}

/** The parts of an IpcMainInvokeEvent the handlers read; real events fit this shape. */
export interface IpcEventLike {
  readonly sender: { readonly id: number }
  readonly senderFrame: FrameLike | null
}

export interface ContractEntry {
  readonly args: z.ZodType
  readonly result: z.ZodType
}

export type IpcImplementation<T extends ContractEntry, E> = (
  args: z.output<T['args']>,
  event: E,
) => Promise<z.input<T['result']>>

/** An error whose message is meant for the user (in Chinese) and is passed on unchanged. */
export class UserFacingError extends Error {
  override readonly name = 'UserFacingError'
}

export const UNTRUSTED_SENDER_MESSAGE = '已拒绝：请求不是来自协知的主窗口'
export const INTERNAL_ERROR_MESSAGE =
  '协知内部出错，操作没有完成。请重试；如果仍然出错，请重新启动协知'

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  if (issue === undefined) return '参数无效'
  const where = issue.path.length > 0 ? `（${issue.path.map(String).join('.')}）` : ''
  return `参数无效${where}：${issue.message}`
}

/**
 * Wraps one handler of the IPC contract. Before the implementation runs, the sender must be
 * trusted and the arguments must pass the channel's zod schema; afterwards the result must pass
 * the result schema. Every outcome goes back as an envelope with a Chinese message, and the
 * implementation never sees unchecked input.
 */
export function createIpcHandler<T extends ContractEntry, E extends IpcEventLike>(
  entry: T,
  implementation: IpcImplementation<T, E>,
  isTrustedSender: (event: E) => boolean,
): (event: E, ...rawArgs: unknown[]) => Promise<IpcEnvelope<z.output<T['result']>>> {
  return async (event, ...rawArgs) => {
    if (!isTrustedSender(event)) {
      console.warn('[ipc] refused a call from an untrusted sender', event.senderFrame?.url)
      return { ok: false, message: UNTRUSTED_SENDER_MESSAGE }
    }
    if (rawArgs.length !== 1) return { ok: false, message: '参数无效：应当只有一个参数' }

    const args = entry.args.safeParse(rawArgs[0])
    if (!args.success) return { ok: false, message: describeIssue(args.error) }

    let value: unknown
    try {
      // safeParse on a generic schema types its data as unknown; it is the schema's output.
      value = await implementation(args.data as z.output<T['args']>, event)
    } catch (error) {
      if (error instanceof UserFacingError) return { ok: false, message: error.message }
      console.error('[ipc] handler failed', error)
      return { ok: false, message: INTERNAL_ERROR_MESSAGE }
    }

    const result = entry.result.safeParse(value)
    if (!result.success) {
      console.error('[ipc] handler returned a value outside the contract', result.error)
      return { ok: false, message: INTERNAL_ERROR_MESSAGE }
    }
    return { ok: true, value: result.data as z.output<T['result']> }
  }
}
