import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { ShellApi } from '../../../shared/ipc/contract'

// The real 'electron' package cannot load without its binary; the preload only needs these two.
const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(),
}))
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke },
}))

let api: ShellApi
beforeAll(async () => {
  await import('../../../electron/preload/index')
  expect(electron.exposeInMainWorld).toHaveBeenCalledOnce()
  const [name, exposed] = electron.exposeInMainWorld.mock.calls[0] as [string, ShellApi]
  expect(name).toBe('xiezhi')
  api = exposed
})

describe('preload', () => {
  it('exposes exactly the shell methods, as functions', () => {
    expect(Object.keys(api).sort()).toEqual([
      'appInfo',
      'autoBackup',
      'backupFolder',
      'chooseBackupFolder',
      'openFile',
      'print',
      'printFile',
      'saveFile',
    ])
    for (const method of Object.values(api)) expect(typeof method).toBe('function')
  })

  it.each([
    ['saveFile', 'file:save'],
    ['openFile', 'file:open'],
    ['printFile', 'file:print'],
    ['print', 'window:print'],
    ['appInfo', 'app:info'],
    ['autoBackup', 'backup:auto'],
    ['backupFolder', 'backup:folder'],
    ['chooseBackupFolder', 'backup:chooseFolder'],
  ] as const)('%s calls %s and returns the unwrapped value', async (method, channel) => {
    electron.invoke.mockResolvedValueOnce({ ok: true, value: { marker: method } })
    const args = { some: 'args' }
    // Each method takes its own argument type; these calls only check the forwarding.
    await expect(api[method](args as never)).resolves.toEqual({ marker: method })
    expect(electron.invoke).toHaveBeenLastCalledWith(channel, args)
  })

  it('rejects with the Chinese message when the main process refuses', async () => {
    electron.invoke.mockResolvedValueOnce({
      ok: false,
      message: '参数无效（data）：文件内容必须是二进制数据（Uint8Array）',
    })
    await expect(api.print({})).rejects.toThrow('参数无效（data）')
  })
})
