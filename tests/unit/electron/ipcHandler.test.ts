import { describe, expect, it, vi } from 'vitest'
import {
  createIpcHandler,
  INTERNAL_ERROR_MESSAGE,
  UNTRUSTED_SENDER_MESSAGE,
  UserFacingError,
  type IpcEventLike,
} from '../../../electron/main/ipc/createHandler'
import { createSenderCheck } from '../../../electron/main/ipc/senderCheck'
import { ipcContract } from '../../../shared/ipc/contract'
import { fakeEvent, MAIN_FRAME, WINDOW_ID } from './ipcFakes'

const trusted = () => true
const saveArgs = () => ({
  suggestedName: '走访记录.docx',
  filters: [{ name: 'Word 文档', extensions: ['docx'] }],
  data: new Uint8Array([1, 2, 3]),
})

function failureMessage(reply: { ok: boolean; message?: string }): string {
  expect(reply.ok).toBe(false)
  return reply.message ?? ''
}

describe('createIpcHandler', () => {
  it('passes a valid call from a trusted sender through', async () => {
    const impl = vi.fn(() =>
      Promise.resolve({
        status: 'saved' as const,
        path: '/a/走访记录.docx',
        fileName: '走访记录.docx',
      }),
    )
    const handler = createIpcHandler(ipcContract['file:save'], impl, trusted)
    const args = saveArgs()
    const reply = await handler(fakeEvent(), args)
    expect(reply).toEqual({
      ok: true,
      value: { status: 'saved', path: '/a/走访记录.docx', fileName: '走访记录.docx' },
    })
    expect(impl).toHaveBeenCalledOnce()
    expect(impl).toHaveBeenCalledWith(args, expect.anything())
  })

  it.each(['docx', 'xlsx', 'pdf', 'json', 'xzbak', 'xzpkg'])(
    'accepts a save dialog filter for .%s',
    async (extension) => {
      const impl = vi.fn(() => Promise.resolve({ status: 'canceled' as const }))
      const handler = createIpcHandler(ipcContract['file:save'], impl, trusted)
      const filters = [{ name: '协知文件', extensions: [extension] }]
      expect(await handler(fakeEvent(), { ...saveArgs(), filters })).toMatchObject({ ok: true })
      expect(impl).toHaveBeenCalledOnce()
    },
  )

  it('refuses an untrusted sender without running the implementation', async () => {
    const impl = vi.fn(() => Promise.resolve({ status: 'canceled' as const }))
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const handler = createIpcHandler(ipcContract['file:save'], impl, () => false)
    expect(await handler(fakeEvent(), saveArgs())).toEqual({
      ok: false,
      message: UNTRUSTED_SENDER_MESSAGE,
    })
    expect(impl).not.toHaveBeenCalled()
    warn.mockRestore()
  })

  it.each([
    ['data that is a plain array', { ...saveArgs(), data: [1, 2, 3] }, 'data'],
    ['data that is a string', { ...saveArgs(), data: 'abc' }, 'data'],
    ['a file name with ../', { ...saveArgs(), suggestedName: '../../evil.docx' }, 'suggestedName'],
    [
      'a file name with a backslash',
      { ...saveArgs(), suggestedName: '..\\evil.docx' },
      'suggestedName',
    ],
    ['a file name with a colon', { ...saveArgs(), suggestedName: 'C:evil.docx' }, 'suggestedName'],
    ['a reserved Windows name', { ...saveArgs(), suggestedName: 'CON.docx' }, 'suggestedName'],
    ['a file name ending in a dot', { ...saveArgs(), suggestedName: '报告.' }, 'suggestedName'],
    [
      'a file name with a control character',
      { ...saveArgs(), suggestedName: 'a\u0007.docx' },
      'suggestedName',
    ],
    ['an empty file name', { ...saveArgs(), suggestedName: '' }, 'suggestedName'],
    [
      'a bad filter extension',
      { ...saveArgs(), filters: [{ name: 'x', extensions: ['.exe'] }] },
      'filters',
    ],
    [
      'a filter for a type 协知 does not write',
      { ...saveArgs(), filters: [{ name: 'x', extensions: ['xll'] }] },
      'filters',
    ],
    [
      'a filter for macro documents',
      { ...saveArgs(), filters: [{ name: 'x', extensions: ['docm'] }] },
      'filters',
    ],
    [
      'a file name with a right-to-left override',
      { ...saveArgs(), suggestedName: 'payload\u202excod.xll' },
      'suggestedName',
    ],
    [
      'a file name with a zero-width space',
      { ...saveArgs(), suggestedName: '报\u200b告.docx' },
      'suggestedName',
    ],
    [
      'a file name with a lone surrogate',
      { ...saveArgs(), suggestedName: '报告\ud800.docx' },
      'suggestedName',
    ],
    ['a missing argument object', undefined, ''],
    ['null', null, ''],
  ])('refuses %s with a Chinese message', async (_name, args, field) => {
    const impl = vi.fn(() => Promise.resolve({ status: 'canceled' as const }))
    const handler = createIpcHandler(ipcContract['file:save'], impl, trusted)
    const message = failureMessage(await handler(fakeEvent(), args))
    expect(message).toMatch(/^参数无效/)
    expect(message).toContain(field)
    expect(message).toMatch(/[\u4e00-\u9fff]/)
    expect(impl).not.toHaveBeenCalled()
  })

  it('refuses extra keys on calls without arguments', async () => {
    const impl = vi.fn(() => Promise.resolve({ ok: true }))
    const handler = createIpcHandler(ipcContract['window:print'], impl, trusted)
    expect((await handler(fakeEvent(), { silent: true })).ok).toBe(false)
    expect(impl).not.toHaveBeenCalled()
  })

  it('refuses a call with more than one argument', async () => {
    const impl = vi.fn(() => Promise.resolve({ ok: true }))
    const handler = createIpcHandler(ipcContract['window:print'], impl, trusted)
    expect((await handler(fakeEvent(), {}, 'extra')).ok).toBe(false)
    expect((await handler(fakeEvent())).ok).toBe(false)
    expect(impl).not.toHaveBeenCalled()
  })

  it('refuses an open request with an empty path', async () => {
    const impl = vi.fn(() => Promise.resolve({ ok: true }))
    const handler = createIpcHandler(ipcContract['file:open'], impl, trusted)
    expect(failureMessage(await handler(fakeEvent(), { path: '' }))).toContain('path')
    expect(impl).not.toHaveBeenCalled()
  })

  it('passes a UserFacingError message on unchanged', async () => {
    const handler = createIpcHandler(
      ipcContract['file:save'],
      () => Promise.reject(new UserFacingError('磁盘空间不足，文件没有保存')),
      trusted,
    )
    expect(await handler(fakeEvent(), saveArgs())).toEqual({
      ok: false,
      message: '磁盘空间不足，文件没有保存',
    })
  })

  it('hides other errors behind a generic Chinese message', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const handler = createIpcHandler(
      ipcContract['file:save'],
      () => Promise.reject(new Error('EIO: i/o error, open /secret/path')),
      trusted,
    )
    expect(await handler(fakeEvent(), saveArgs())).toEqual({
      ok: false,
      message: INTERNAL_ERROR_MESSAGE,
    })
    error.mockRestore()
  })

  it('refuses a result outside the contract', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const handler = createIpcHandler(
      ipcContract['app:info'],
      // A result the contract does not allow reaches the handler only through a bug; simulate one.
      () =>
        Promise.resolve({ version: '1', platform: 'win32', shell: 'browser' } as unknown as {
          version: string
          platform: string
          shell: 'web'
        }),
      trusted,
    )
    expect(await handler(fakeEvent(), {})).toEqual({ ok: false, message: INTERNAL_ERROR_MESSAGE })
    error.mockRestore()
  })
})

describe('createSenderCheck', () => {
  const check = createSenderCheck(
    () => ({ webContentsId: WINDOW_ID, mainFrame: MAIN_FRAME }),
    ['app://xiezhi'],
  )

  it('trusts the main frame of the app window', () => {
    expect(check(fakeEvent())).toBe(true)
  })

  it.each<[string, IpcEventLike]>([
    ['no sender frame (navigated away or destroyed)', fakeEvent(null)],
    ['another web contents', fakeEvent({}, WINDOW_ID + 1)],
    ['an iframe', fakeEvent({ parent: { url: 'app://xiezhi/index.html' } })],
    ['another frame in the same window', fakeEvent({ routingId: 99 })],
    ['a frame in another process', fakeEvent({ processId: 99 })],
    ['a remote page', fakeEvent({ url: 'https://evil.example/index.html' })],
    ['a look-alike host', fakeEvent({ url: 'app://xiezhi.evil/index.html' })],
    ['a file:// page', fakeEvent({ url: 'file:///C:/index.html' })],
    ['about:blank', fakeEvent({ url: 'about:blank' })],
  ])('refuses %s', (_name, event) => {
    expect(check(event)).toBe(false)
  })

  it('refuses everything while there is no window', () => {
    const noWindow = createSenderCheck(() => null, ['app://xiezhi'])
    expect(noWindow(fakeEvent())).toBe(false)
  })

  it('trusts the dev server only when it is among the origins', () => {
    const devEvent = fakeEvent({ url: 'http://localhost:5173/' })
    expect(check(devEvent)).toBe(false)
    const devCheck = createSenderCheck(
      () => ({ webContentsId: WINDOW_ID, mainFrame: MAIN_FRAME }),
      ['app://xiezhi', 'http://localhost:5173'],
    )
    expect(devCheck(devEvent)).toBe(true)
  })
})
