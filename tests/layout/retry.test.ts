/** The harness's retry of a crashed conversion: once, with a fresh profile, then the second error. */
import { describe, expect, it, vi } from 'vitest'
import { retryOnce } from './lib/tools'

describe('retryOnce', () => {
  it('returns the first success without resetting', async () => {
    const reset = vi.fn(() => Promise.resolve())
    await expect(retryOnce(() => Promise.resolve('pdf'), reset)).resolves.toBe('pdf')
    expect(reset).not.toHaveBeenCalled()
  })

  it('resets and tries once more after a crash', async () => {
    const attempt = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('soffice: WrappedTargetRuntimeException (signal 6)'))
      .mockResolvedValueOnce('pdf')
    const reset = vi.fn(() => Promise.resolve())
    await expect(retryOnce(attempt, reset)).resolves.toBe('pdf')
    expect(reset).toHaveBeenCalledOnce()
    expect(attempt).toHaveBeenCalledTimes(2)
  })

  it('fails with the second error, naming the first', async () => {
    const attempt = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('first crash'))
      .mockRejectedValueOnce(new Error('second crash'))
    await expect(retryOnce(attempt, () => Promise.resolve())).rejects.toThrow(
      /^second crash\n\(first attempt: first crash\)$/,
    )
    expect(attempt).toHaveBeenCalledTimes(2)
  })
})
