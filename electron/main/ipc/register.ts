import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { ipcContract } from '../../../shared/ipc/contract'
import { createIpcHandler } from './createHandler'
import type { ShellHandlers } from './handlers'

/** Registers every channel of the contract with its sender check and validation. */
export function registerIpcHandlers(
  handlers: ShellHandlers<IpcMainInvokeEvent>,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): void {
  ipcMain.handle(
    'file:save',
    createIpcHandler(ipcContract['file:save'], handlers['file:save'], isTrustedSender),
  )
  ipcMain.handle(
    'file:open',
    createIpcHandler(ipcContract['file:open'], handlers['file:open'], isTrustedSender),
  )
  ipcMain.handle(
    'file:print',
    createIpcHandler(ipcContract['file:print'], handlers['file:print'], isTrustedSender),
  )
  ipcMain.handle(
    'window:print',
    createIpcHandler(ipcContract['window:print'], handlers['window:print'], isTrustedSender),
  )
  ipcMain.handle(
    'app:info',
    createIpcHandler(ipcContract['app:info'], handlers['app:info'], isTrustedSender),
  )
}
