import { describe, expect, it } from 'vitest'
import { MALFORMED_REPLY_MESSAGE, unwrapEnvelope } from '../../../shared/ipc/envelope'

describe('unwrapEnvelope', () => {
  it('returns the value of a success', () => {
    expect(unwrapEnvelope({ ok: true, value: { status: 'canceled' } })).toEqual({
      status: 'canceled',
    })
  })

  it('returns an undefined value too', () => {
    expect(unwrapEnvelope({ ok: true, value: undefined })).toBeUndefined()
  })

  it('throws the Chinese message of a failure', () => {
    expect(() => unwrapEnvelope({ ok: false, message: '已取消打印' })).toThrow(
      new Error('已取消打印'),
    )
  })

  it.each([
    undefined,
    null,
    'ok',
    { ok: true },
    { ok: false },
    { ok: false, message: 42 },
    { value: 1 },
  ])('throws a generic message for a malformed reply %j', (reply) => {
    expect(() => unwrapEnvelope(reply)).toThrow(MALFORMED_REPLY_MESSAGE)
  })
})
