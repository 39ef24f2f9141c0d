import { contextBridge, ipcRenderer } from 'electron'
import { SHELL_GLOBAL, SHELL_METHOD_CHANNELS, type IpcChannel } from '../../shared/ipc/channels'
import type { IpcArgs, IpcResult, ShellApi } from '../../shared/ipc/contract'
import { unwrapEnvelope } from '../../shared/ipc/envelope'

/**
 * The preload: exposes exactly the shell API of the IPC contract on window.xiezhi, nothing else
 * (no ipcRenderer, no Node). The main process checks every argument again; the preload only
 * forwards and turns a refused call into an Error with its Chinese message.
 */

async function call<C extends IpcChannel>(channel: C, args: IpcArgs<C>): Promise<IpcResult<C>> {
  const reply: unknown = await ipcRenderer.invoke(channel, args)
  return unwrapEnvelope(reply) as IpcResult<C>
}

const api = {
  saveFile: (args) => call(SHELL_METHOD_CHANNELS.saveFile, args),
  openFile: (args) => call(SHELL_METHOD_CHANNELS.openFile, args),
  printFile: (args) => call(SHELL_METHOD_CHANNELS.printFile, args),
  print: (args) => call(SHELL_METHOD_CHANNELS.print, args),
  appInfo: (args) => call(SHELL_METHOD_CHANNELS.appInfo, args),
  autoBackup: (args) => call(SHELL_METHOD_CHANNELS.autoBackup, args),
  backupFolder: (args) => call(SHELL_METHOD_CHANNELS.backupFolder, args),
  chooseBackupFolder: (args) => call(SHELL_METHOD_CHANNELS.chooseBackupFolder, args),
} satisfies ShellApi

contextBridge.exposeInMainWorld(SHELL_GLOBAL, api)
