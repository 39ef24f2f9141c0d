import { app, dialog, type BrowserWindow, type MessageBoxOptions } from 'electron'
import { aboutDetail } from './menu'

/** Shows 关于协知: name, version and the runtime it was built on. */
export function showAboutDialog(appName: string, parent: BrowserWindow | null): void {
  const options: MessageBoxOptions = {
    type: 'info',
    title: `关于${appName}`,
    message: appName,
    detail: aboutDetail({
      version: app.getVersion(),
      electron: process.versions.electron,
      chrome: process.versions.chrome,
      platform: process.platform,
      arch: process.arch,
    }),
    buttons: ['确定'],
  }
  void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options))
}
