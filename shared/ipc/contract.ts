import { APP_FILE_EXTENSIONS, BACKUP_EXTENSION } from '../files/appFileTypes'
import {
  hasBadEnding,
  hasForbiddenCharacter,
  hasInvisibleCharacter,
  isReservedName,
  MAX_FILE_NAME_LENGTH,
} from '../files/fileName'
import { z } from '../zod'
import type { IpcChannel } from './channels'

export { IPC_CHANNELS, SHELL_GLOBAL, SHELL_METHOD_CHANNELS, type IpcChannel } from './channels'

/**
 * Every call between the renderer and the Electron main process, named once with zod schemas
 * for its argument and result. The main process validates each call against this contract, the
 * preload exposes exactly these calls, and the renderer's web fallback implements the same API.
 */

/** Largest file the renderer may ask the shell to save (a .docx or .xlsx, or later a backup). */
export const MAX_SAVE_BYTES = 512 * 1024 * 1024

/** An automatic backup crosses IPC in parts of this size at most. */
export const BACKUP_PART_BYTES = 8 * 1024 * 1024

const fileFilter = z.object({
  name: z.string().min(1).max(100),
  // The dialog offers only the kinds of file 协知 writes; the shell checks the chosen name again.
  extensions: z
    .array(z.enum(APP_FILE_EXTENSIONS, { error: '只能保存协知生成的文件类型' }))
    .min(1)
    .max(10),
})

/** A file name only: no folders, nothing Windows refuses, nothing that hides what it is. */
export const fileNameSchema = z
  .string()
  .min(1)
  .max(MAX_FILE_NAME_LENGTH)
  .refine((name) => !hasForbiddenCharacter(name), '文件名含有不允许的字符')
  .refine(
    (name) => !hasInvisibleCharacter(name),
    '文件名含有看不见的字符（方向控制符、零宽字符或无效字符）',
  )
  .refine((name) => name !== '.' && name !== '..', '文件名无效')
  .refine((name) => !hasBadEnding(name), '文件名不能以句点或空格结尾')
  .refine((name) => !isReservedName(name), '文件名是系统保留的名称')

export const ipcContract = {
  'file:save': {
    args: z.object({
      suggestedName: fileNameSchema,
      filters: z.array(fileFilter).max(10),
      data: z
        .instanceof(Uint8Array, { error: '文件内容必须是二进制数据（Uint8Array）' })
        .refine((d) => d.byteLength <= MAX_SAVE_BYTES, '文件过大'),
    }),
    result: z.discriminatedUnion('status', [
      z.object({ status: z.literal('saved'), path: z.string(), fileName: z.string() }),
      z.object({ status: z.literal('canceled') }),
    ]),
  },
  'file:open': {
    args: z.object({ path: z.string().min(1).max(4096) }),
    result: z.object({ ok: z.boolean(), message: z.string().optional() }),
  },
  /** Prints a saved file with the system's program for it (WPS or Word), as 打印 in a file manager. */
  'file:print': {
    args: z.object({ path: z.string().min(1).max(4096) }),
    result: z.object({ ok: z.boolean(), message: z.string().optional() }),
  },
  'window:print': {
    args: z.object({}).strict(),
    result: z.object({ ok: z.boolean(), message: z.string().optional() }),
  },
  'app:info': {
    args: z.object({}).strict(),
    result: z.object({
      version: z.string(),
      platform: z.string(),
      shell: z.enum(['electron', 'web']),
    }),
  },
  /**
   * Writes an automatic backup the renderer made into the backups folder under the user's
   * Documents (a temporary file renamed, so a crash never leaves half a file), then deletes the
   * older ones the rotation does not keep.
   */
  /**
   * An automatic backup, sent in parts of at most BACKUP_PART_BYTES (never one buffer of
   * hundreds of MB across IPC): part 0 starts a temporary file in the backups folder, each part
   * is appended in order, and the last is flushed and renamed into place, then the folder is
   * rotated. A part out of order, or any failure, removes the temporary file.
   */
  'backup:auto': {
    args: z.object({
      fileName: fileNameSchema.refine(
        (name) => name.endsWith(`.${BACKUP_EXTENSION}`),
        '自动备份的文件名应以 .xzbak 结尾',
      ),
      session: z.string().regex(/^[0-9A-Za-z]{8,40}$/),
      index: z
        .number()
        .int()
        .nonnegative()
        .max(MAX_SAVE_BYTES / BACKUP_PART_BYTES - 1, '备份文件过大'),
      last: z.boolean(),
      data: z
        .instanceof(Uint8Array, { error: '备份内容必须是二进制数据（Uint8Array）' })
        .refine((d) => d.byteLength <= BACKUP_PART_BYTES, '备份分段过大'),
    }),
    result: z.object({
      ok: z.boolean(),
      path: z.string().optional(),
      message: z.string().optional(),
    }),
  },
  /** Where automatic backups go: the folder the user chose, or 文档/协知自动备份. */
  'backup:folder': {
    args: z.object({}),
    result: z.object({ path: z.string(), chosen: z.boolean() }),
  },
  /** Lets the user choose the backups folder (a dialog of the main process; never a typed path). */
  'backup:chooseFolder': {
    args: z.object({ reset: z.boolean().default(false) }),
    result: z.discriminatedUnion('status', [
      z.object({ status: z.literal('chosen'), path: z.string(), chosen: z.boolean() }),
      z.object({ status: z.literal('canceled') }),
    ]),
  },
} as const satisfies Record<IpcChannel, { args: z.ZodType; result: z.ZodType }>

export type IpcArgs<C extends IpcChannel> = z.input<(typeof ipcContract)[C]['args']>
export type IpcResult<C extends IpcChannel> = z.output<(typeof ipcContract)[C]['result']>

/**
 * The shell API the renderer sees (window.xiezhi in Electron, the web fallback in a browser).
 * Method names map one to one onto channels.
 */
export interface ShellApi {
  saveFile(args: IpcArgs<'file:save'>): Promise<IpcResult<'file:save'>>
  openFile(args: IpcArgs<'file:open'>): Promise<IpcResult<'file:open'>>
  printFile(args: IpcArgs<'file:print'>): Promise<IpcResult<'file:print'>>
  print(args: IpcArgs<'window:print'>): Promise<IpcResult<'window:print'>>
  appInfo(args: IpcArgs<'app:info'>): Promise<IpcResult<'app:info'>>
  autoBackup(args: IpcArgs<'backup:auto'>): Promise<IpcResult<'backup:auto'>>
  backupFolder(args: IpcArgs<'backup:folder'>): Promise<IpcResult<'backup:folder'>>
  chooseBackupFolder(
    args: IpcArgs<'backup:chooseFolder'>,
  ): Promise<IpcResult<'backup:chooseFolder'>>
}
