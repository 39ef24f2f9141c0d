import { mkdir, readdir, stat, unlink } from 'node:fs/promises'
import { basename, join } from 'node:path'
import {
  AUTO_BACKUP_FOLDER,
  backupsToDelete,
  isCurrentAutoBackupName,
} from '../../../shared/backup/rotation'
import { describeAppFileExtensions } from '../../../shared/files/appFileTypes'
import type { ipcContract } from '../../../shared/ipc/contract'
import type { IpcChannel } from '../../../shared/ipc/channels'
import { writeFileAtomic } from '../atomicWrite'
import { BackupWriter } from '../backupWriter'
import { appFileTypeOfPath, type SavedFiles } from '../savedFiles'
import { UserFacingError, type IpcEventLike, type IpcImplementation } from './createHandler'

export interface SaveDialogRequest {
  readonly title: string
  readonly defaultPath: string
  readonly buttonLabel: string
  readonly filters: { name: string; extensions: string[] }[]
}

export interface PrintOutcome {
  readonly success: boolean
  readonly failureReason: string
}

/** What the handlers need from Electron, passed in so they run (and are tested) without it. */
export interface ShellDeps<E> {
  readonly showSaveDialog: (
    request: SaveDialogRequest,
  ) => Promise<{ canceled: boolean; filePath?: string }>
  /** shell.openPath: resolves to '' on success, otherwise an error text. */
  readonly openPath: (path: string) => Promise<string>
  readonly print: (event: E) => Promise<PrintOutcome>
  /** Prints a file with the system's word processor (see printDocument.ts). */
  readonly printFile: (path: string) => Promise<{ ok: boolean; message?: string }>
  readonly savedFiles: SavedFiles
  readonly documentsDir: string
  readonly appVersion: string
  readonly platform: NodeJS.Platform
  readonly writeFile?: (path: string, data: Uint8Array) => Promise<void>
  /** Where the user chose to keep automatic backups (undefined: 文档/协知自动备份). */
  readonly backupSettings: {
    readonly readFolder: () => Promise<string | undefined>
    readonly writeFolder: (folder: string | undefined) => Promise<void>
  }
  /** The system's folder dialog; undefined when cancelled. */
  readonly chooseFolder: (
    request: Omit<SaveDialogRequest, 'filters'>,
  ) => Promise<string | undefined>
  /** Writes automatic backups part by part; a BackupWriter when absent. */
  readonly backupWriter?: Pick<BackupWriter, 'write'>
  /** The folder operations of automatic backups; node:fs/promises when absent. */
  readonly folders?: {
    readonly mkdir: (path: string) => Promise<unknown>
    readonly readdir: (path: string) => Promise<string[]>
    readonly unlink: (path: string) => Promise<void>
  }
}

const NODE_FOLDERS = {
  mkdir: (path: string) => mkdir(path, { recursive: true }),
  readdir: (path: string) => readdir(path),
  unlink: (path: string) => unlink(path),
}

export type ShellHandlers<E> = {
  readonly [C in IpcChannel]: IpcImplementation<(typeof ipcContract)[C], E>
}

function errorCode(error: unknown): string | undefined {
  if (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string'
  ) {
    return error.code
  }
  return undefined
}

/** A Chinese explanation of why writing a file failed. */
export function saveErrorMessage(error: unknown): string {
  switch (errorCode(error)) {
    case 'EACCES':
    case 'EPERM':
    case 'EBUSY':
      return '无法写入该文件：可能没有权限，或文件正在 WPS、Word 等程序中打开。请关闭该文件或换个位置后再保存'
    case 'ENOSPC':
      return '磁盘空间不足，文件没有保存'
    case 'EROFS':
      return '该位置是只读的，请换个位置保存'
    case 'ENOENT':
    case 'ENOTDIR':
      return '保存位置不存在，请重新选择文件夹'
    case 'ENAMETOOLONG':
      return '文件路径太长，请换个较短的文件名或位置'
    default:
      return '保存失败，文件没有写入'
  }
}

/** A Chinese result for webContents.print's callback. */
export function printResult(outcome: PrintOutcome): { ok: boolean; message?: string } {
  if (outcome.success) return { ok: true }
  const reason = outcome.failureReason.toLowerCase()
  if (reason.includes('cancel')) return { ok: false, message: '已取消打印' }
  if (reason.includes('invalid printer settings')) {
    return { ok: false, message: '打印设置无效，请检查打印机后重试' }
  }
  return { ok: false, message: '打印失败，请检查打印机是否已连接并开启' }
}

/**
 * Adds the first filter's extension unless the name the user chose already ends in one the
 * dialog offered. The Linux file dialog adds none, and a name like “2026.12.02 纪要” has a dot but
 * no extension: without this the .docx would not open in WPS with a double click, or would be
 * refused as a file type 协知 does not write.
 */
export function withDefaultExtension(
  filePath: string,
  filters: readonly { extensions: readonly string[] }[],
): string {
  const extension = filters[0]?.extensions[0]
  if (extension === undefined) return filePath
  const current = appFileTypeOfPath(filePath)
  const offered = filters.some((filter) => current !== null && filter.extensions.includes(current))
  return offered ? filePath : `${filePath}.${extension}`
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}

/** The implementations of the IPC contract. Arguments arrive already validated. */
export function createShellHandlers<E extends IpcEventLike>(deps: ShellDeps<E>): ShellHandlers<E> {
  const writeFile = deps.writeFile ?? writeFileAtomic
  const backups = deps.backupWriter ?? new BackupWriter()
  const backupFolder = async () =>
    (await deps.backupSettings.readFolder()) ?? join(deps.documentsDir, AUTO_BACKUP_FOLDER)
  return {
    'file:save': async (args) => {
      const choice = await deps.showSaveDialog({
        title: '保存文件',
        defaultPath: join(deps.documentsDir, args.suggestedName),
        buttonLabel: '保存',
        filters: args.filters.map((filter) => ({
          name: filter.name,
          extensions: [...filter.extensions],
        })),
      })
      if (choice.canceled || choice.filePath === undefined || choice.filePath === '') {
        return { status: 'canceled' }
      }
      const filePath = withDefaultExtension(choice.filePath, args.filters)
      if (filePath !== choice.filePath && (await exists(filePath))) {
        // The dialog asked about overwriting the name the user typed, not this one.
        throw new UserFacingError(`已存在同名文件“${basename(filePath)}”，请重新保存并换一个文件名`)
      }
      if (appFileTypeOfPath(filePath) === null) {
        throw new UserFacingError(
          `协知只能保存为 ${describeAppFileExtensions()} 文件，请换一个扩展名后重新保存`,
        )
      }
      try {
        await writeFile(filePath, args.data)
      } catch (error) {
        console.error('[file:save] write failed', error)
        throw new UserFacingError(saveErrorMessage(error))
      }
      deps.savedFiles.remember(filePath)
      return { status: 'saved', path: filePath, fileName: basename(filePath) }
    },

    'file:open': async (args) => {
      const check = deps.savedFiles.check(args.path)
      if (!check.ok) return { ok: false, message: check.message }
      if (!(await exists(check.path))) return { ok: false, message: '文件已被移动或删除，无法打开' }
      const failure = await deps.openPath(check.path)
      if (failure !== '') {
        console.error('[file:open] openPath failed', failure)
        return {
          ok: false,
          message: '无法打开该文件，请确认电脑上装有能打开它的程序（如 WPS 或 Microsoft Office）',
        }
      }
      return { ok: true }
    },

    'file:print': async (args) => {
      const check = deps.savedFiles.check(args.path)
      if (!check.ok) return { ok: false, message: check.message }
      if (!(await exists(check.path))) return { ok: false, message: '文件已被移动或删除，无法打印' }
      return deps.printFile(check.path)
    },

    'window:print': async (_args, event) => printResult(await deps.print(event)),

    'backup:auto': async (args) => {
      if (!isCurrentAutoBackupName(args.fileName, Date.now())) {
        return { ok: false, message: '自动备份的文件名不是今天的备份，没有写入' }
      }
      const folders = deps.folders ?? NODE_FOLDERS
      const folder = await backupFolder()
      let path: string | undefined
      try {
        if (args.index === 0) await folders.mkdir(folder)
        path = await backups.write(folder, args)
      } catch (error) {
        console.error('[backup:auto] write failed', error)
        return { ok: false, message: `自动备份没有写入：${saveErrorMessage(error)}` }
      }
      if (path === undefined) return { ok: true }
      // Rotation failing leaves extra backups, never fewer: reported in the log only.
      try {
        for (const old of backupsToDelete(await folders.readdir(folder))) {
          await folders.unlink(join(folder, old))
        }
      } catch (error) {
        console.error('[backup:auto] rotation failed', error)
      }
      return { ok: true, path }
    },

    'backup:folder': async () => {
      const chosen = await deps.backupSettings.readFolder()
      return { path: await backupFolder(), chosen: chosen !== undefined }
    },

    'backup:chooseFolder': async (args) => {
      if (args.reset) {
        await deps.backupSettings.writeFolder(undefined)
        return { status: 'chosen' as const, path: await backupFolder(), chosen: false }
      }
      const picked = await deps.chooseFolder({
        title: '选择自动备份的位置',
        defaultPath: await backupFolder(),
        buttonLabel: '选择此文件夹',
      })
      if (picked === undefined) return { status: 'canceled' as const }
      await deps.backupSettings.writeFolder(picked)
      return { status: 'chosen' as const, path: picked, chosen: true }
    },

    'app:info': () =>
      Promise.resolve({
        version: deps.appVersion,
        platform: deps.platform,
        shell: 'electron' as const,
      }),
  }
}
