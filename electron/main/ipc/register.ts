import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { IPC_CHANNELS, ipcContract, type IpcChannel } from '../../../shared/ipc/contract'
import { createIpcHandler } from './createHandler'
import type { ShellHandlers } from './handlers'

/**
 * Registers every channel of the contract with its sender check and validation: all of them,
 * from the one list, so a channel added to the contract is never left without its handler.
 */
export function registerIpcHandlers(
  handlers: ShellHandlers<IpcMainInvokeEvent>,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): void {
  // C ties one channel's contract to its handler; a plain union would pair any with any.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
  const register = <C extends IpcChannel>(channel: C) => {
    ipcMain.handle(
      channel,
      createIpcHandler(ipcContract[channel], handlers[channel], isTrustedSender),
    )
  }
  for (const channel of IPC_CHANNELS) register(channel)
}
