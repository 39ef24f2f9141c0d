import type { ShellApi } from './contract'

/**
 * The names of the shell calls, without their zod schemas. The preload imports only this file
 * (and types), so its sandboxed bundle stays a few hundred bytes instead of carrying zod.
 */
export const IPC_CHANNELS = [
  'file:save',
  'file:open',
  'file:print',
  'window:print',
  'app:info',
  'backup:auto',
  'backup:folder',
  'backup:chooseFolder',
] as const

export type IpcChannel = (typeof IPC_CHANNELS)[number]

/** Which channel each method of `window.xiezhi` calls. */
export const SHELL_METHOD_CHANNELS = {
  saveFile: 'file:save',
  openFile: 'file:open',
  printFile: 'file:print',
  print: 'window:print',
  appInfo: 'app:info',
  autoBackup: 'backup:auto',
  backupFolder: 'backup:folder',
  chooseBackupFolder: 'backup:chooseFolder',
} as const satisfies Record<keyof ShellApi, IpcChannel>

/** Name under which the preload exposes the API on `window`. */
export const SHELL_GLOBAL = 'xiezhi'
