import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createIpcHandler, type IpcEventLike } from '../../../electron/main/ipc/createHandler'
import {
  createShellHandlers,
  printResult,
  saveErrorMessage,
  withDefaultExtension,
  type PrintOutcome,
  type ShellDeps,
} from '../../../electron/main/ipc/handlers'
import { NOT_AN_APP_FILE_MESSAGE, SavedFiles } from '../../../electron/main/savedFiles'
import { ipcContract } from '../../../shared/ipc/contract'
import { backupFileName } from '../../../shared/backup/manifest'
import { fakeEvent } from './ipcFakes'

let dir = ''
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'xiezhi-save-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

function setup(overrides: Partial<ShellDeps<IpcEventLike>> = {}) {
  const savedFiles = new SavedFiles()
  const deps = {
    showSaveDialog: vi.fn<ShellDeps<IpcEventLike>['showSaveDialog']>(() =>
      Promise.resolve({ canceled: false, filePath: path.join(dir, '走访记录.docx') }),
    ),
    openPath: vi.fn<ShellDeps<IpcEventLike>['openPath']>(() => Promise.resolve('')),
    print: vi.fn<ShellDeps<IpcEventLike>['print']>(() =>
      Promise.resolve({ success: true, failureReason: '' }),
    ),
    printFile: vi.fn<ShellDeps<IpcEventLike>['printFile']>(() =>
      Promise.resolve({ ok: true, message: '已交给 LibreOffice 打印' }),
    ),
    savedFiles,
    backupSettings: memoryBackupSettings(),
    chooseFolder: vi.fn<ShellDeps<IpcEventLike>['chooseFolder']>(() => Promise.resolve(undefined)),
    documentsDir: '/home/张三/文档',
    appVersion: '0.1.0',
    platform: 'linux' as const,
    ...overrides,
  }
  const handlers = createShellHandlers<IpcEventLike>(deps)
  const trusted = () => true
  return {
    deps,
    savedFiles,
    save: createIpcHandler(ipcContract['file:save'], handlers['file:save'], trusted),
    open: createIpcHandler(ipcContract['file:open'], handlers['file:open'], trusted),
    printFile: createIpcHandler(ipcContract['file:print'], handlers['file:print'], trusted),
    print: createIpcHandler(ipcContract['window:print'], handlers['window:print'], trusted),
    info: createIpcHandler(ipcContract['app:info'], handlers['app:info'], trusted),
    autoBackup: createIpcHandler(ipcContract['backup:auto'], handlers['backup:auto'], trusted),
    backupFolder: createIpcHandler(
      ipcContract['backup:folder'],
      handlers['backup:folder'],
      trusted,
    ),
    chooseFolder: createIpcHandler(
      ipcContract['backup:chooseFolder'],
      handlers['backup:chooseFolder'],
      trusted,
    ),
  }
}

function memoryBackupSettings() {
  let folder: string | undefined
  return {
    readFolder: () => Promise.resolve(folder),
    writeFolder: (next: string | undefined) => {
      folder = next
      return Promise.resolve()
    },
  }
}

/** The parts a renderer sends for one backup. */
function parts(fileName: string, data: Uint8Array, size: number, session = 'SESSION0001') {
  const count = Math.max(1, Math.ceil(data.length / size))
  return Array.from({ length: count }, (_, index) => ({
    fileName,
    session,
    index,
    last: index === count - 1,
    data: data.slice(index * size, (index + 1) * size),
  }))
}

const docx = { name: 'Word 文档', extensions: ['docx'] }
const bytes = new TextEncoder().encode('PK fake docx')

describe('file:save', () => {
  it('asks where to save, writes the bytes and reports the path', async () => {
    const { save, deps } = setup()
    const reply = await save(fakeEvent(), {
      suggestedName: '走访记录.docx',
      filters: [docx],
      data: bytes,
    })
    const target = path.join(dir, '走访记录.docx')
    expect(reply).toEqual({
      ok: true,
      value: { status: 'saved', path: target, fileName: '走访记录.docx' },
    })
    expect(await readFile(target, 'utf8')).toBe('PK fake docx')
    expect(await readdir(dir)).toEqual(['走访记录.docx'])
    expect(deps.showSaveDialog).toHaveBeenCalledWith({
      title: '保存文件',
      defaultPath: path.join('/home/张三/文档', '走访记录.docx'),
      buttonLabel: '保存',
      filters: [docx],
    })
  })

  it('replaces an existing file completely', async () => {
    const target = path.join(dir, '走访记录.docx')
    await writeFile(target, 'an older and much longer document')
    const { save } = setup()
    await save(fakeEvent(), { suggestedName: '走访记录.docx', filters: [docx], data: bytes })
    expect(await readFile(target, 'utf8')).toBe('PK fake docx')
  })

  it('reports a cancelled dialog and writes nothing', async () => {
    const { save } = setup({ showSaveDialog: () => Promise.resolve({ canceled: true }) })
    expect(
      await save(fakeEvent(), { suggestedName: 'a.docx', filters: [docx], data: bytes }),
    ).toEqual({
      ok: true,
      value: { status: 'canceled' },
    })
    expect(await readdir(dir)).toEqual([])
  })

  it('adds the extension when the user typed a name without one', async () => {
    const { save } = setup({
      showSaveDialog: () => Promise.resolve({ canceled: false, filePath: path.join(dir, '报告') }),
    })
    const reply = await save(fakeEvent(), {
      suggestedName: '报告.docx',
      filters: [docx],
      data: bytes,
    })
    expect(reply).toMatchObject({ ok: true, value: { fileName: '报告.docx' } })
  })

  it('does not silently overwrite the file with the added extension', async () => {
    await writeFile(path.join(dir, '报告.docx'), 'keep me')
    const { save } = setup({
      showSaveDialog: () => Promise.resolve({ canceled: false, filePath: path.join(dir, '报告') }),
    })
    const reply = await save(fakeEvent(), {
      suggestedName: '报告.docx',
      filters: [docx],
      data: bytes,
    })
    expect(reply).toEqual({
      ok: false,
      message: '已存在同名文件“报告.docx”，请重新保存并换一个文件名',
    })
    expect(await readFile(path.join(dir, '报告.docx'), 'utf8')).toBe('keep me')
  })

  it.each(['a.exe', 'payload.xll', 'macro.docm', 'disk.iso', 'page.html'])(
    'refuses to save as %s when the dialog offered no type',
    async (name) => {
      const { save } = setup({
        showSaveDialog: () => Promise.resolve({ canceled: false, filePath: path.join(dir, name) }),
      })
      const reply = await save(fakeEvent(), { suggestedName: 'a.docx', filters: [], data: bytes })
      expect(reply).toEqual({
        ok: false,
        message:
          '协知只能保存为 .docx、.xlsx、.pdf、.json、.xzbak 或 .xzpkg 文件，请换一个扩展名后重新保存',
      })
      expect(await readdir(dir)).toEqual([])
    },
  )

  it('saves a name typed with another extension as the offered type', async () => {
    const { save } = setup({
      showSaveDialog: () =>
        Promise.resolve({ canceled: false, filePath: path.join(dir, 'payload.xll') }),
    })
    const reply = await save(fakeEvent(), {
      suggestedName: 'payload.xll',
      filters: [docx],
      data: bytes,
    })
    expect(reply).toMatchObject({ ok: true, value: { fileName: 'payload.xll.docx' } })
    expect(await readdir(dir)).toEqual(['payload.xll.docx'])
  })

  it('explains a failed write in Chinese and leaves no half file', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const missing = path.join(dir, 'no-such-folder', 'a.docx')
    const { save } = setup({
      showSaveDialog: () => Promise.resolve({ canceled: false, filePath: missing }),
    })
    const reply = await save(fakeEvent(), { suggestedName: 'a.docx', filters: [docx], data: bytes })
    expect(reply).toEqual({ ok: false, message: '保存位置不存在，请重新选择文件夹' })
    expect(await readdir(dir)).toEqual([])
    error.mockRestore()
  })

  it('remembers the saved file so it can be opened', async () => {
    const { save, open, deps } = setup()
    await save(fakeEvent(), { suggestedName: '走访记录.docx', filters: [docx], data: bytes })
    const target = path.join(dir, '走访记录.docx')
    expect(await open(fakeEvent(), { path: target })).toEqual({ ok: true, value: { ok: true } })
    expect(deps.openPath).toHaveBeenCalledWith(target)
  })
})

describe('file:print', () => {
  it('prints a file this run saved with the word processor', async () => {
    const { printFile, savedFiles, deps } = setup()
    const file = path.join(dir, '通知.docx')
    await writeFile(file, 'PK')
    savedFiles.remember(file)
    expect(await printFile(fakeEvent(), { path: file })).toEqual({
      ok: true,
      value: { ok: true, message: '已交给 LibreOffice 打印' },
    })
    expect(deps.printFile).toHaveBeenCalledWith(file)
  })

  it('refuses a file this run did not save, and one that is gone', async () => {
    const { printFile, savedFiles, deps } = setup()
    const other = path.join(dir, 'other.docx')
    await writeFile(other, 'x')
    expect(await printFile(fakeEvent(), { path: other })).toEqual({
      ok: true,
      value: { ok: false, message: '只能打开协知本次运行中保存的文件，请先保存该文件' },
    })
    savedFiles.remember(path.join(dir, 'gone.docx'))
    expect(await printFile(fakeEvent(), { path: path.join(dir, 'gone.docx') })).toEqual({
      ok: true,
      value: { ok: false, message: '文件已被移动或删除，无法打印' },
    })
    expect(deps.printFile).not.toHaveBeenCalled()
  })
})

describe('file:open', () => {
  it('refuses a file this run did not save, without calling the system', async () => {
    const existing = path.join(dir, 'other.docx')
    await writeFile(existing, 'x')
    const { open, deps } = setup()
    const reply = await open(fakeEvent(), { path: existing })
    expect(reply).toEqual({
      ok: true,
      value: { ok: false, message: '只能打开协知本次运行中保存的文件，请先保存该文件' },
    })
    expect(deps.openPath).not.toHaveBeenCalled()
  })

  it('refuses an executable', async () => {
    const { open, savedFiles, deps } = setup()
    const exe = path.join(dir, 'setup.exe')
    await writeFile(exe, 'MZ')
    savedFiles.remember(exe)
    expect(await open(fakeEvent(), { path: exe })).toEqual({
      ok: true,
      value: { ok: false, message: NOT_AN_APP_FILE_MESSAGE },
    })
    expect(deps.openPath).not.toHaveBeenCalled()
  })

  it("never launches payload.xll, the audit's save-then-open chain", async () => {
    const { save, open, deps } = setup({
      showSaveDialog: () =>
        Promise.resolve({ canceled: false, filePath: path.join(dir, 'payload.xll') }),
    })
    // A compromised page chooses the name and the filter; the user clicks 保存 once.
    await save(fakeEvent(), {
      suggestedName: 'payload.xll',
      filters: [{ name: 'Word 文档', extensions: ['docx'] }],
      data: bytes,
    })
    const reply = await open(fakeEvent(), { path: path.join(dir, 'payload.xll') })
    expect(reply).toEqual({ ok: true, value: { ok: false, message: NOT_AN_APP_FILE_MESSAGE } })
    expect(deps.openPath).not.toHaveBeenCalled()
  })

  it('reports a file that was deleted after saving', async () => {
    const { open, savedFiles } = setup()
    savedFiles.remember(path.join(dir, 'gone.docx'))
    expect(await open(fakeEvent(), { path: path.join(dir, 'gone.docx') })).toEqual({
      ok: true,
      value: { ok: false, message: '文件已被移动或删除，无法打开' },
    })
  })

  it('explains when no program can open the file', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const { open, savedFiles } = setup({ openPath: () => Promise.resolve('Failed to open path') })
    const file = path.join(dir, 'a.pdf')
    await writeFile(file, 'x')
    savedFiles.remember(file)
    const reply = await open(fakeEvent(), { path: file })
    expect(reply).toMatchObject({ ok: true, value: { ok: false } })
    expect(JSON.stringify(reply)).toContain('WPS')
    error.mockRestore()
  })
})

describe('window:print and app:info', () => {
  it('prints the sending window and reports success', async () => {
    const { print, deps } = setup()
    const event = fakeEvent()
    expect(await print(event, {})).toEqual({ ok: true, value: { ok: true } })
    expect(deps.print).toHaveBeenCalledWith(event)
  })

  it('reports a cancelled print dialog', async () => {
    const { print } = setup({
      print: () => Promise.resolve({ success: false, failureReason: 'Print job canceled' }),
    })
    expect(await print(fakeEvent(), {})).toEqual({
      ok: true,
      value: { ok: false, message: '已取消打印' },
    })
  })

  it('describes the shell', async () => {
    const { info } = setup()
    expect(await info(fakeEvent(), {})).toEqual({
      ok: true,
      value: { version: '0.1.0', platform: 'linux', shell: 'electron' },
    })
  })
})

describe('helpers', () => {
  it.each<[PrintOutcome, { ok: boolean; message?: string }]>([
    [{ success: true, failureReason: '' }, { ok: true }],
    [
      { success: false, failureReason: 'Print job canceled' },
      { ok: false, message: '已取消打印' },
    ],
    [
      { success: false, failureReason: 'cancelled' },
      { ok: false, message: '已取消打印' },
    ],
    [
      { success: false, failureReason: 'Invalid printer settings' },
      { ok: false, message: '打印设置无效，请检查打印机后重试' },
    ],
    [
      { success: false, failureReason: 'Print job failed' },
      { ok: false, message: '打印失败，请检查打印机是否已连接并开启' },
    ],
  ])('printResult(%o)', (outcome, expected) => {
    expect(printResult(outcome)).toEqual(expected)
  })

  it.each([
    ['EBUSY', 'WPS'],
    ['EPERM', '没有权限'],
    ['ENOSPC', '磁盘空间不足'],
    ['EROFS', '只读'],
    ['EWHATEVER', '保存失败'],
  ])('saveErrorMessage(%s) mentions %s', (code, text) => {
    expect(saveErrorMessage(Object.assign(new Error(code), { code }))).toContain(text)
  })

  it('saveErrorMessage copes with a non-error', () => {
    expect(saveErrorMessage('boom')).toBe('保存失败，文件没有写入')
  })

  it.each([
    ['/a/报告', [{ extensions: ['docx'] }], '/a/报告.docx'],
    ['/a/报告.docx', [{ extensions: ['docx'] }], '/a/报告.docx'],
    ['/a/报告.DOCX', [{ extensions: ['docx'] }], '/a/报告.DOCX'],
    ['/a/2026.12.02 纪要', [{ extensions: ['docx'] }], '/a/2026.12.02 纪要.docx'],
    ['/a/报告.xlsx', [{ extensions: ['docx'] }], '/a/报告.xlsx.docx'],
    ['/a/报告.xlsx', [{ extensions: ['docx'] }, { extensions: ['xlsx'] }], '/a/报告.xlsx'],
    ['/a/payload.xll', [{ extensions: ['docx'] }], '/a/payload.xll.docx'],
    ['/a/报告', [], '/a/报告'],
  ])('withDefaultExtension(%s)', (file, filters, expected) => {
    expect(withDefaultExtension(file, filters)).toBe(expected)
  })
})

describe('a folder in the way', () => {
  it('cannot be overwritten by a save and leaves no temporary file', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await mkdir(path.join(dir, 'folder.docx'))
    const { save } = setup({
      showSaveDialog: () =>
        Promise.resolve({ canceled: false, filePath: path.join(dir, 'folder.docx') }),
    })
    const reply = await save(fakeEvent(), { suggestedName: 'a.docx', filters: [docx], data: bytes })
    expect(reply.ok).toBe(false)
    expect(await readdir(dir)).toEqual(['folder.docx'])
    error.mockRestore()
  })
})

describe('backup:auto', () => {
  const backupName = (day: string) => `协知备份_${day}_0930.xzbak`
  const TODAY = backupFileName(new Date())

  it('writes the backup into the folder under Documents and keeps only what the rotation keeps', async () => {
    const { autoBackup } = setup({ documentsDir: dir })
    const folder = path.join(dir, '协知自动备份')
    await mkdir(folder)
    // 40 earlier daily backups and a file of the user's own.
    for (let day = 1; day <= 40; day++) {
      const date = new Date(Date.UTC(2026, 9, day)).toISOString().slice(0, 10)
      await writeFile(path.join(folder, backupName(date)), 'old')
    }
    await writeFile(path.join(folder, '我的备份.xzbak'), 'mine')
    // Sent in parts of 5 bytes: the file appears whole only after the last.
    const sent = parts(TODAY, bytes, 5)
    expect(sent.length).toBe(3)
    for (const part of sent.slice(0, -1)) {
      expect(await autoBackup(fakeEvent(), part)).toEqual({ ok: true, value: { ok: true } })
      expect(await readdir(folder)).not.toContain(TODAY)
    }
    const result = await autoBackup(fakeEvent(), sent.at(-1))
    expect(result).toEqual({
      ok: true,
      value: { ok: true, path: path.join(folder, TODAY) },
    })
    expect(await readFile(path.join(folder, TODAY), 'utf8')).toBe('PK fake docx')
    const left = await readdir(folder)
    expect(left).toContain('我的备份.xzbak')
    // The newest 30 days, plus the newest of each older month.
    expect(left.filter((name) => name.startsWith('协知备份_')).length).toBeLessThanOrEqual(32)
    expect(left).not.toContain(backupName('2026-10-01'))
    expect(left.some((name) => name.endsWith('.tmp'))).toBe(false)
  })

  it('refuses a name that is not a backup, before anything is written', async () => {
    const { autoBackup } = setup({ documentsDir: dir })
    const result = await autoBackup(fakeEvent(), parts('payload.xll', bytes, 100)[0])
    expect(result.ok).toBe(false)
    expect(await readdir(dir)).toEqual([])
  })

  it('refuses a name not dated today, so rotation cannot be tricked into deleting real backups', async () => {
    const { autoBackup } = setup({ documentsDir: dir })
    const result = await autoBackup(fakeEvent(), parts(backupName('2099-01-01'), bytes, 100)[0])
    expect(result).toMatchObject({ ok: true, value: { ok: false } })
    expect(await readdir(dir)).toEqual([])
  })

  it('removes a temporary file a crash left behind when the next backup starts', async () => {
    const { autoBackup } = setup({ documentsDir: dir })
    const folder = path.join(dir, '协知自动备份')
    await mkdir(folder)
    await writeFile(path.join(folder, `.${TODAY}.0000.tmp`), 'half')
    for (const part of parts(TODAY, bytes, 100)) await autoBackup(fakeEvent(), part)
    expect(await readdir(folder)).toEqual([TODAY])
  })

  it('drops the temporary file when a part comes out of order, leaving no backup', async () => {
    const { autoBackup } = setup({ documentsDir: dir })
    const folder = path.join(dir, '协知自动备份')
    const [first, , third] = parts(TODAY, bytes, 4)
    await autoBackup(fakeEvent(), first)
    const result = await autoBackup(fakeEvent(), third)
    expect(result).toMatchObject({ ok: true, value: { ok: false } })
    expect(await readdir(folder)).toEqual([])
  })

  it('writes into the folder the user chose, and back to the default after a reset', async () => {
    const chosen = path.join(dir, 'U盘', '备份')
    await mkdir(chosen, { recursive: true })
    const { autoBackup, backupFolder, chooseFolder } = setup({
      documentsDir: dir,
      chooseFolder: () => Promise.resolve(chosen),
    })
    expect(await backupFolder(fakeEvent(), {})).toEqual({
      ok: true,
      value: { path: path.join(dir, '协知自动备份'), chosen: false },
    })
    expect(await chooseFolder(fakeEvent(), {})).toEqual({
      ok: true,
      value: { status: 'chosen', path: chosen, chosen: true },
    })
    for (const part of parts(TODAY, bytes, 100)) {
      await autoBackup(fakeEvent(), part)
    }
    expect(await readdir(chosen)).toEqual([TODAY])
    await chooseFolder(fakeEvent(), { reset: true })
    expect(await backupFolder(fakeEvent(), {})).toMatchObject({ value: { chosen: false } })
  })

  it('says in Chinese when the backup could not be written', async () => {
    const { autoBackup } = setup({
      documentsDir: dir,
      backupWriter: {
        write: () => Promise.reject(Object.assign(new Error('full'), { code: 'ENOSPC' })),
      },
    })
    const result = await autoBackup(fakeEvent(), parts(TODAY, bytes, 100)[0])
    expect(result).toEqual({
      ok: true,
      value: { ok: false, message: '自动备份没有写入：磁盘空间不足，文件没有保存' },
    })
  })
})
