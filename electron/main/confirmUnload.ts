import { dialog, type BrowserWindow } from 'electron'

/**
 * A page with unsaved changes holds its unload (beforeunload); in a browser the browser asks, in
 * the desktop app this box does. Leaving keeps the form's draft, which the page offers back the
 * next time the form is opened.
 */
export const UNLOAD_BOX = {
  message: '有尚未保存的修改',
  detail:
    '关闭或重新加载后，这些修改不会保存到记录中；已自动保存为草稿，下次打开该表单时可以恢复。',
  buttons: ['继续编辑', '关闭'],
  leave: 1,
} as const

/** What to do with a held unload: true lets the page go (the caller then prevents the hold). */
export function shouldLeave(ask: () => number): boolean {
  return ask() === UNLOAD_BOX.leave
}

export function confirmUnload(window: BrowserWindow, appName: string): void {
  window.webContents.on('will-prevent-unload', (event) => {
    // The box must answer before the handler returns: preventing the event lets the page unload.
    const leave = shouldLeave(() =>
      dialog.showMessageBoxSync(window, {
        type: 'warning',
        title: appName,
        message: UNLOAD_BOX.message,
        detail: UNLOAD_BOX.detail,
        buttons: [...UNLOAD_BOX.buttons],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      }),
    )
    if (leave) event.preventDefault()
  })
}
