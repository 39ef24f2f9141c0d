import { describe, expect, it, vi } from 'vitest'
import type { IpcArgs, ShellApi } from '../../../shared/ipc/contract'

describe('renderer/shell with the Electron bridge', () => {
  it('cleans suggested names before the shell sees them, so a pasted title still saves', async () => {
    const received: IpcArgs<'file:save'>[] = []
    const bridge: ShellApi = {
      saveFile: (args) => {
        received.push(args)
        return Promise.resolve({ status: 'canceled' })
      },
      openFile: () => Promise.resolve({ ok: true }),
      printFile: () => Promise.resolve({ ok: true }),
      print: () => Promise.resolve({ ok: true }),
      appInfo: () => Promise.resolve({ version: '0.1.0', platform: 'linux', shell: 'electron' }),
      autoBackup: () => Promise.resolve({ ok: true }),
      backupFolder: () => Promise.resolve({ path: '/tmp', chosen: false }),
      chooseBackupFolder: () => Promise.resolve({ status: 'canceled' }),
    }
    vi.stubGlobal('window', { xiezhi: bridge })
    const { shell, isElectron } = await import('../../../renderer/shell')
    vi.unstubAllGlobals()

    expect(isElectron).toBe(true)
    const data = new Uint8Array([1])
    await shell.saveFile({
      suggestedName: '关于\u200b“小巨人”\u202e的通知/草稿.docx',
      filters: [{ name: 'Word 文档', extensions: ['docx'] }],
      data,
    })
    expect(received).toEqual([
      {
        suggestedName: '关于“小巨人”的通知_草稿.docx',
        filters: [{ name: 'Word 文档', extensions: ['docx'] }],
        data,
      },
    ])
    expect(await shell.appInfo({})).toMatchObject({ shell: 'electron' })
  })
})
