import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

/**
 * Runs the real main-process entry (electron/main/index.ts) against a stand-in for Electron,
 * to check the wiring the pure modules cannot: the order of start-up, the window's security
 * settings, and that every IPC channel is registered behind the sender check.
 */

interface FakeFrame {
  url: string
  processId: number
  routingId: number
  parent: unknown
}
type Handler = (...args: unknown[]) => unknown

const fake = vi.hoisted(() => {
  const state = {
    log: [] as string[],
    userData: '',
    ipc: new Map<string, Handler>(),
    protocolHandler: undefined as ((request: Request) => Promise<Response>) | undefined,
    permissionRequest: undefined as Handler | undefined,
    windows: [] as {
      options: { webPreferences: Record<string, unknown> }
      webContents: { emit: (event: string, ...args: unknown[]) => boolean }
    }[],
    menuLabels: [] as string[],
    messageBoxes: [] as { message: string; buttons: string[] }[],
    unloadAnswer: 0,
  }
  return state
})

vi.mock('electron', async () => {
  // The factory is hoisted above the imports, so it loads what it needs itself.
  const { EventEmitter } = await import('node:events')
  const path = await import('node:path')
  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    requestSingleInstanceLock: () => {
      fake.log.push('single-instance lock')
      return true
    },
    whenReady: () => {
      fake.log.push('wait for ready')
      return Promise.resolve()
    },
    getPath: (name: string) => path.join(fake.userData, name),
    getVersion: () => '0.1.0',
    quit: () => fake.log.push('quit'),
    exit: (code: number) => fake.log.push(`exit ${code}`),
  })
  class BrowserWindow extends EventEmitter {
    readonly webContents = Object.assign(new EventEmitter(), {
      id: 7,
      mainFrame: { url: 'app://xiezhi/index.html', processId: 3, routingId: 1, parent: null },
      setWindowOpenHandler: () => undefined,
      reload: () => fake.log.push('reload'),
      forcefullyCrashRenderer: () => fake.log.push('end the page process'),
      isDestroyed: () => false,
    })
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      super()
      fake.windows.push(this)
      app.emit('web-contents-created', {}, this.webContents)
    }
    loadURL(url: string) {
      fake.log.push(`load ${url}`)
      return Promise.resolve()
    }
    isDestroyed() {
      return false
    }
  }
  return {
    app,
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) =>
        fake.log.push(`privileged ${JSON.stringify(schemes)}`),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        fake.log.push(`handle ${scheme}`)
        fake.protocolHandler = handler
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Handler) => {
          fake.permissionRequest = handler
        },
        setPermissionCheckHandler: () => undefined,
      },
    },
    ipcMain: {
      handle: (channel: string, handler: Handler) => {
        fake.ipc.set(channel, handler)
      },
    },
    Menu: {
      buildFromTemplate: (template: { label: string }[]) => template,
      setApplicationMenu: (menu: { label: string }[]) => {
        fake.menuLabels = menu.map((item) => item.label)
      },
    },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    },
    dialog: {
      showErrorBox: (title: string) => fake.log.push(`error box ${title}`),
      showMessageBoxSync: (_window: unknown, options: { message: string; buttons: string[] }) => {
        fake.messageBoxes.push(options)
        return fake.unloadAnswer
      },
      showMessageBox: (_window: unknown, options: { message: string; buttons: string[] }) => {
        fake.messageBoxes.push(options)
        return Promise.resolve({ response: 0, checkboxChecked: false })
      },
    },
    shell: { openPath: () => Promise.resolve('') },
  }
})

const mainFrame: FakeFrame = {
  url: 'app://xiezhi/index.html',
  processId: 3,
  routingId: 1,
  parent: null,
}

beforeAll(async () => {
  fake.userData = await mkdtemp(join(tmpdir(), 'xiezhi-main-'))
  await import('../../../electron/main/index')
  await vi.waitFor(() => {
    expect(fake.log.some((line) => line.startsWith('load '))).toBe(true)
  })
})
afterAll(async () => {
  await rm(fake.userData, { recursive: true, force: true })
})

describe('main process wiring', () => {
  it('registers the scheme before waiting for ready and loads app://xiezhi/index.html last', () => {
    expect(fake.log[0]).toBe(
      'privileged [{"scheme":"app","privileges":{"standard":true,"secure":true,"supportFetchAPI":true,"codeCache":true}}]',
    )
    expect(fake.log.indexOf('single-instance lock')).toBeLessThan(
      fake.log.indexOf('wait for ready'),
    )
    expect(fake.log.indexOf('handle app')).toBeGreaterThan(fake.log.indexOf('wait for ready'))
    expect(fake.log.at(-1)).toBe('load app://xiezhi/index.html')
    expect(
      fake.log.filter((line) => line.startsWith('exit') || line.startsWith('error box')),
    ).toEqual([])
  })

  it('creates one window with the renderer locked down', () => {
    expect(fake.windows).toHaveLength(1)
    expect(fake.windows[0]?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    })
    expect(String(fake.windows[0]?.options.webPreferences.preload)).toMatch(
      /preload[\\/]index\.cjs$/,
    )
  })

  it('registers every channel of the contract', () => {
    expect([...fake.ipc.keys()].sort()).toEqual([
      'app:info',
      'backup:auto',
      'backup:chooseFolder',
      'backup:folder',
      'file:open',
      'file:print',
      'file:save',
      'window:print',
    ])
  })

  it('answers the main frame of the window and refuses an iframe', async () => {
    const appInfo = fake.ipc.get('app:info')
    const event = { sender: { id: 7 }, senderFrame: mainFrame }
    expect(await appInfo?.(event, {})).toEqual({
      ok: true,
      value: { version: '0.1.0', platform: process.platform, shell: 'electron' },
    })
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const fromIframe = { sender: { id: 7 }, senderFrame: { ...mainFrame, parent: mainFrame } }
    expect(await appInfo?.(fromIframe, {})).toMatchObject({ ok: false })
    warn.mockRestore()
  })

  it('serves the app protocol with refusal of paths outside the renderer', async () => {
    const response = await fake.protocolHandler?.(
      new Request('app://xiezhi/..%2f..%2fpackage.json'),
    )
    expect(response?.status).toBe(403)
  })

  it('grants persistent storage and nothing else', () => {
    const answers: boolean[] = []
    const details = { requestingUrl: 'app://xiezhi/index.html' }
    fake.permissionRequest?.(
      null,
      'persistent-storage',
      (granted: boolean) => answers.push(granted),
      details,
    )
    fake.permissionRequest?.(
      null,
      'notifications',
      (granted: boolean) => answers.push(granted),
      details,
    )
    expect(answers).toEqual([true, false])
  })

  it('reloads a crashed page and says so in Chinese', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    fake.windows[0]?.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 })
    expect(fake.log.at(-1)).toBe('reload')
    await vi.waitFor(() => {
      expect(fake.messageBoxes.map((box) => box.message)).toEqual(['页面意外停止，已重新加载'])
    })
    error.mockRestore()
  })

  it('asks before a page with unsaved changes is closed, and lets it go only on 关闭', () => {
    const hold = (answer: number) => {
      fake.unloadAnswer = answer
      let prevented = false
      fake.windows[0]?.webContents.emit('will-prevent-unload', {
        preventDefault: () => {
          prevented = true
        },
      })
      return prevented
    }
    expect(hold(0)).toBe(false)
    expect(fake.messageBoxes.at(-1)).toMatchObject({
      message: '有尚未保存的修改',
      buttons: ['继续编辑', '关闭'],
    })
    expect(hold(1)).toBe(true)
  })

  it('asks 等待 or 重新加载 when the page hangs', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    fake.windows[0]?.webContents.emit('unresponsive')
    await vi.waitFor(() => {
      expect(fake.messageBoxes.at(-1)).toMatchObject({
        message: '协知没有响应',
        buttons: ['等待', '重新加载'],
      })
    })
    warn.mockRestore()
  })

  it('installs the Chinese menu', () => {
    expect(fake.menuLabels).toEqual(['文件', '编辑', '视图', '窗口', '帮助'])
  })
})
