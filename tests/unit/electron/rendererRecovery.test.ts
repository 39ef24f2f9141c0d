import { describe, expect, it, vi } from 'vitest'
import {
  CRASH_WINDOW_MS,
  createRendererRecovery,
  crashLoopDialog,
  crashNotice,
  goneReasonText,
  HANG_BUTTONS,
  HANG_DIALOG,
  LOOP_BUTTONS,
  RESTART_GRACE_MS,
  type RecoveryDialog,
} from '../../../electron/main/rendererRecovery'

/** A message box the test answers, or that an AbortSignal closes as if cancelled. */
interface OpenBox {
  readonly dialog: RecoveryDialog
  readonly signal: AbortSignal
  answer(index: number): Promise<void>
}

function setup() {
  const boxes: OpenBox[] = []
  const calls: string[] = []
  let now = 1_000_000
  let closed = false
  const recovery = createRendererRecovery({
    ask: (dialog, signal) =>
      new Promise((resolve) => {
        let settle: (index: number) => void = () => undefined
        const done = new Promise<void>((finished) => {
          settle = (index) => {
            resolve(index)
            // Let the recovery's continuation run before the test looks.
            setTimeout(finished, 0)
          }
        })
        signal.addEventListener('abort', () => settle(dialog.cancelId))
        boxes.push({
          dialog,
          signal,
          answer: (index) => {
            settle(index)
            return done
          },
        })
      }),
    reload: () => calls.push('reload'),
    restart: () => calls.push('restart'),
    loadStartPage: () => calls.push('start page'),
    quit: () => calls.push('quit'),
    isClosed: () => closed,
    now: () => now,
  })
  return {
    recovery,
    boxes,
    calls,
    open: () => boxes.filter((box) => !box.signal.aborted),
    advance: (ms: number) => {
      now += ms
    },
    close: () => {
      closed = true
    },
  }
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('a crashed page', () => {
  it('is reloaded at once and the user is told why, in Chinese', () => {
    const { recovery, calls, boxes } = setup()
    recovery.onGone('oom')
    expect(calls).toEqual(['reload'])
    expect(boxes.map((box) => box.dialog)).toEqual([crashNotice('oom')])
    expect(boxes[0]?.dialog.message).toBe('页面意外停止，已重新加载')
    expect(boxes[0]?.dialog.detail).toContain('原因：内存不足')
    expect(boxes[0]?.dialog.detail).toContain('已保存的数据不受影响')
    expect(boxes[0]?.dialog.buttons).toEqual(['确定'])
  })

  it('reloads again on a second crash without stacking a second notice', async () => {
    const { recovery, calls, boxes, advance } = setup()
    recovery.onGone('crashed')
    advance(5_000)
    recovery.onGone('crashed')
    expect(calls).toEqual(['reload', 'reload'])
    expect(boxes).toHaveLength(1)
    await boxes[0]?.answer(0)
    advance(CRASH_WINDOW_MS)
    recovery.onGone('crashed')
    expect(boxes).toHaveLength(2)
  })

  it('stops reloading after 3 crashes in a minute and offers 重新加载 or 退出', async () => {
    const { recovery, calls, boxes, open, advance } = setup()
    recovery.onGone('oom')
    advance(10_000)
    recovery.onGone('oom')
    advance(10_000)
    recovery.onGone('oom')
    expect(calls).toEqual(['reload', 'reload'])
    expect(open().map((box) => box.dialog)).toEqual([crashLoopDialog('oom')])
    expect(boxes[0]?.signal.aborted).toBe(true)
    const loop = open()[0]
    expect(loop?.dialog.message).toBe('页面在一分钟内意外停止了 3 次')
    expect(loop?.dialog.buttons).toEqual(['重新加载', '退出'])
    expect(loop?.dialog.cancelId).toBe(LOOP_BUTTONS.quit)

    await loop?.answer(LOOP_BUTTONS.quit)
    expect(calls).toEqual(['reload', 'reload', 'quit'])
  })

  it('goes back to the start page when the user still wants to reload', async () => {
    const { recovery, calls, boxes, open, advance } = setup()
    for (let crash = 0; crash < 3; crash++) {
      recovery.onGone('crashed')
      advance(1_000)
    }
    // Nothing more happens while the question is open.
    recovery.onGone('crashed')
    expect(open()).toHaveLength(1)
    const boxesBefore = boxes.length
    await open()[0]?.answer(LOOP_BUTTONS.reload)
    expect(calls).toEqual(['reload', 'reload', 'start page'])

    // It crashes at once again: still a loop, so ask again rather than reload.
    recovery.onGone('crashed')
    expect(calls).toEqual(['reload', 'reload', 'start page'])
    expect(boxes).toHaveLength(boxesBefore + 1)
    expect(boxes.at(-1)?.dialog).toEqual(crashLoopDialog('crashed'))
  })

  it('keeps reloading when crashes are more than a minute apart', async () => {
    const { recovery, calls, boxes, advance } = setup()
    for (let crash = 0; crash < 5; crash++) {
      recovery.onGone('crashed')
      await boxes.at(-1)?.answer(0)
      advance(CRASH_WINDOW_MS / 2 + 1)
    }
    expect(calls).toEqual(['reload', 'reload', 'reload', 'reload', 'reload'])
  })

  it('does nothing once the window is closed', () => {
    const { recovery, calls, boxes, close } = setup()
    close()
    recovery.onGone('crashed')
    recovery.onUnresponsive()
    expect(calls).toEqual([])
    expect(boxes).toEqual([])
  })

  it('names every reason in Chinese', () => {
    for (const reason of [
      'clean-exit',
      'abnormal-exit',
      'killed',
      'crashed',
      'oom',
      'launch-failed',
      'integrity-failure',
      'memory-eviction',
      'something-new',
    ]) {
      expect(goneReasonText(reason)).toMatch(/^[\u4e00-\u9fff，]+$/)
    }
    expect(goneReasonText('toString')).toBe('页面进程意外退出')
  })
})

describe('a hung page', () => {
  it('asks whether to wait (the default) or reload', () => {
    const { recovery, boxes } = setup()
    recovery.onUnresponsive()
    expect(boxes.map((box) => box.dialog)).toEqual([HANG_DIALOG])
    expect(HANG_DIALOG.message).toBe('协知没有响应')
    expect(HANG_DIALOG.buttons).toEqual(['等待', '重新加载'])
    expect(HANG_DIALOG.defaultId).toBe(HANG_BUTTONS.wait)
    expect(HANG_DIALOG.cancelId).toBe(HANG_BUTTONS.wait)
  })

  it('waits when asked to, and asks again if it hangs again', async () => {
    const { recovery, boxes, calls } = setup()
    recovery.onUnresponsive()
    recovery.onUnresponsive()
    expect(boxes).toHaveLength(1)
    await boxes[0]?.answer(HANG_BUTTONS.wait)
    expect(calls).toEqual([])
    recovery.onUnresponsive()
    expect(boxes).toHaveLength(2)
  })

  it('closes the question when the page recovers by itself', async () => {
    const { recovery, boxes, calls } = setup()
    recovery.onUnresponsive()
    recovery.onResponsive()
    await settled()
    expect(boxes[0]?.signal.aborted).toBe(true)
    expect(calls).toEqual([])
  })

  it('reloads in a new process, and the end of the hung one is not counted as a crash', async () => {
    const { recovery, boxes, calls, advance } = setup()
    recovery.onUnresponsive()
    await boxes[0]?.answer(HANG_BUTTONS.reload)
    expect(calls).toEqual(['restart'])
    advance(200)
    recovery.onGone('killed')
    expect(calls).toEqual(['restart'])
    expect(boxes).toHaveLength(1)

    // A real crash afterwards is handled as usual.
    advance(1_000)
    recovery.onGone('crashed')
    expect(calls).toEqual(['restart', 'reload'])
  })

  it('treats a crash long after a restart as a crash', async () => {
    const { recovery, boxes, calls, advance } = setup()
    recovery.onUnresponsive()
    await boxes[0]?.answer(HANG_BUTTONS.reload)
    advance(RESTART_GRACE_MS)
    recovery.onGone('crashed')
    expect(calls).toEqual(['restart', 'reload'])
  })

  it('drops the question when the page crashes meanwhile, and reloads', async () => {
    const { recovery, boxes, calls } = setup()
    recovery.onUnresponsive()
    recovery.onGone('oom')
    await settled()
    expect(boxes[0]?.signal.aborted).toBe(true)
    expect(calls).toEqual(['reload'])
  })
})

describe('a message box that cannot be shown', () => {
  it('is logged and changes nothing else', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const calls: string[] = []
    const recovery = createRendererRecovery({
      ask: () => Promise.reject(new Error('window destroyed')),
      reload: () => calls.push('reload'),
      restart: () => calls.push('restart'),
      loadStartPage: () => calls.push('start page'),
      quit: () => calls.push('quit'),
      isClosed: () => false,
      now: () => 0,
    })
    recovery.onGone('crashed')
    recovery.onUnresponsive()
    await settled()
    expect(calls).toEqual(['reload'])
    expect(error).toHaveBeenCalled()
    error.mockRestore()
  })
})
