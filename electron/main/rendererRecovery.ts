/**
 * What the main process does when the page of the window dies or hangs, so the user never sits
 * in front of a blank or frozen window (a 1.7 KB .xlsx once crashed the page into a white
 * window). The decisions are here, with Electron passed in, so they are unit-tested; the wiring
 * to a real window is in watchRenderer.ts.
 */

/** Electron's RenderProcessGoneDetails.reason. */
export type GoneReason =
  | 'clean-exit'
  | 'abnormal-exit'
  | 'killed'
  | 'crashed'
  | 'oom'
  | 'launch-failed'
  | 'integrity-failure'
  | 'memory-eviction'

/** A message box; the texts are Chinese, the buttons in display order. */
export interface RecoveryDialog {
  readonly message: string
  readonly detail: string
  readonly buttons: readonly string[]
  /** The button Enter chooses. */
  readonly defaultId: number
  /** The answer when the box is closed with Esc or the window's close button, or aborted. */
  readonly cancelId: number
}

export interface RecoveryDeps {
  /** Shows a message box over the window and resolves to the chosen button's index. */
  readonly ask: (dialog: RecoveryDialog, signal: AbortSignal) => Promise<number>
  /** Loads the current page again (after a crash a new page process starts). */
  readonly reload: () => void
  /** Ends a hung page process and reloads in a new one (a hung page cannot reload itself). */
  readonly restart: () => void
  /** Loads the start page instead of the page that keeps failing. */
  readonly loadStartPage: () => void
  readonly quit: () => void
  /** True once the window is closed or closing: nothing is left to recover. */
  readonly isClosed: () => boolean
  readonly now: () => number
}

export interface RendererRecovery {
  onGone(reason: GoneReason): void
  onUnresponsive(): void
  onResponsive(): void
}

/** This many crashes within CRASH_WINDOW_MS stop the automatic reloads. */
export const CRASH_LIMIT = 3
export const CRASH_WINDOW_MS = 60_000
/** How long after ending a hung page its "gone" event is expected. */
export const RESTART_GRACE_MS = 10_000

const REASONS: Readonly<Record<GoneReason, string>> = {
  'clean-exit': '页面进程意外退出',
  'abnormal-exit': '页面进程意外退出',
  killed: '页面进程被系统或其他程序结束',
  crashed: '页面程序崩溃',
  oom: '内存不足',
  'launch-failed': '页面进程无法启动',
  'integrity-failure': '程序文件的完整性检查未通过',
  'memory-eviction': '系统内存紧张，页面被回收',
}

/** Why the page stopped, in Chinese. */
export function goneReasonText(reason: string): string {
  return Object.hasOwn(REASONS, reason) ? REASONS[reason as GoneReason] : '页面进程意外退出'
}

const KEPT = '已保存的数据不受影响。'

export function crashNotice(reason: string): RecoveryDialog {
  return {
    message: '页面意外停止，已重新加载',
    detail: `原因：${goneReasonText(reason)}。正在进行的操作没有完成，未保存的输入可能已丢失；${KEPT}`,
    buttons: ['确定'],
    defaultId: 0,
    cancelId: 0,
  }
}

export const LOOP_BUTTONS = { reload: 0, quit: 1 } as const

export function crashLoopDialog(reason: string): RecoveryDialog {
  return {
    message: `页面在一分钟内意外停止了 ${String(CRASH_LIMIT)} 次`,
    detail:
      `最近一次的原因：${goneReasonText(reason)}。可能是正在打开或导入的内容过大。` +
      `可以回到首页重新加载，或退出协知。${KEPT}`,
    buttons: ['重新加载', '退出'],
    defaultId: LOOP_BUTTONS.reload,
    cancelId: LOOP_BUTTONS.quit,
  }
}

export const HANG_BUTTONS = { wait: 0, reload: 1 } as const

export const HANG_DIALOG: RecoveryDialog = {
  message: '协知没有响应',
  detail:
    '页面可能正在处理大量数据。可以等待它完成，或重新加载页面' +
    `（正在进行的操作会中止，未保存的输入会丢失；${KEPT.slice(0, -1)}）。`,
  buttons: ['等待', '重新加载'],
  defaultId: HANG_BUTTONS.wait,
  cancelId: HANG_BUTTONS.wait,
}

export function createRendererRecovery(deps: RecoveryDeps): RendererRecovery {
  let crashes: number[] = []
  let notice: AbortController | null = null
  let loopDialogOpen = false
  let hangDialog: AbortController | null = null
  /** When the page was ended on purpose to reload a hung page; its "gone" is not a crash. */
  let restartedAt: number | null = null

  /** Shows a box; resolves to the answer, or null if it was aborted, failed or the window closed. */
  const show = async (
    dialog: RecoveryDialog,
    controller = new AbortController(),
  ): Promise<number | null> => {
    try {
      const answer = await deps.ask(dialog, controller.signal)
      return controller.signal.aborted || deps.isClosed() ? null : answer
    } catch (error) {
      console.error('[renderer] could not show a message box', error)
      return null
    }
  }

  const closeHangDialog = () => {
    hangDialog?.abort()
    hangDialog = null
  }

  const askAfterLoop = async (reason: string) => {
    loopDialogOpen = true
    // The loop box replaces the notice that the page had been reloaded.
    notice?.abort()
    const answer = await show(crashLoopDialog(reason))
    loopDialogOpen = false
    if (answer === LOOP_BUTTONS.quit) deps.quit()
    else if (answer === LOOP_BUTTONS.reload) deps.loadStartPage()
  }

  const tellReloaded = async (reason: string) => {
    const controller = new AbortController()
    notice = controller
    await show(crashNotice(reason), controller)
    if (notice === controller) notice = null
  }

  return {
    onGone(reason) {
      if (deps.isClosed()) return
      closeHangDialog()
      const now = deps.now()
      if (restartedAt !== null && now - restartedAt < RESTART_GRACE_MS) {
        // The page was ended by the 重新加载 of the hang dialog and is already reloading.
        restartedAt = null
        return
      }
      restartedAt = null
      if (loopDialogOpen) return
      crashes = [...crashes.filter((time) => now - time < CRASH_WINDOW_MS), now]
      if (crashes.length >= CRASH_LIMIT) {
        // Reloading again would only crash again: ask, and leave the page as it is meanwhile.
        void askAfterLoop(reason)
        return
      }
      deps.reload()
      // One notice at a time: a second crash while it is open reloads without another box.
      if (notice === null) void tellReloaded(reason)
    },

    onUnresponsive() {
      if (deps.isClosed() || hangDialog !== null || loopDialogOpen) return
      const controller = new AbortController()
      hangDialog = controller
      void show(HANG_DIALOG, controller).then((answer) => {
        if (hangDialog === controller) hangDialog = null
        if (answer !== HANG_BUTTONS.reload) return
        restartedAt = deps.now()
        deps.restart()
      })
    },

    onResponsive() {
      // The page recovered by itself: the question is moot.
      closeHangDialog()
    },
  }
}
