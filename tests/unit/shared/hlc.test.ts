import { describe, expect, it } from 'vitest'
import {
  formatHlc,
  hlcNode,
  initialHlc,
  parseHlc,
  receiveHlc,
  tickHlc,
  tickMany,
  HlcError,
  type ClockBounds,
} from '../../../shared/domain/hlc'

const T = Date.parse('2026-11-25T08:00:00.000Z')
const DAY = 24 * 60 * 60 * 1000
const BOUNDS: ClockBounds = { earliest: T - 30 * DAY, latest: T + 5 * 365 * DAY, maxDriftMs: DAY }

describe('hybrid logical clock', () => {
  it('formats as a sortable string and parses back', () => {
    const state = { millis: T, counter: 10, node: '01JD3X' }
    const text = formatHlc(state)
    expect(text).toBe('2026-11-25T08:00:00.000Z-000A-01JD3X')
    expect(parseHlc(text)).toEqual(state)
    expect(hlcNode(text)).toBe('01JD3X')
  })

  it('advances with wall time and resets the counter', () => {
    const a = tickHlc(initialHlc('A'), T)
    const b = tickHlc(a, T + 5)
    expect(a).toEqual({ millis: T, counter: 0, node: 'A' })
    expect(b).toEqual({ millis: T + 5, counter: 0, node: 'A' })
  })

  it('never goes backwards when the PC clock is set back a little', () => {
    let clock = tickHlc(initialHlc('A'), T)
    const stamps = [formatHlc(clock)]
    for (const now of [T - 60_000, T - 1, T]) {
      clock = tickHlc(clock, now, BOUNDS)
      stamps.push(formatHlc(clock))
    }
    expect([...stamps].sort()).toEqual(stamps)
    expect(new Set(stamps).size).toBe(stamps.length)
    expect(clock.millis).toBe(T)
    expect(clock.counter).toBe(3)
  })

  it('gives any number of writes in one batch distinct, ordered timestamps', () => {
    const { stamps, state } = tickMany(initialHlc('A'), T, 200_000, BOUNDS)
    expect(new Set(stamps).size).toBe(200_000)
    expect(stamps.every((stamp, i) => i === 0 || stamp > (stamps[i - 1] ?? ''))).toBe(true)
    // 65,536 a millisecond: the clock runs ahead of the wall by a few milliseconds only.
    expect(state.millis - T).toBe(3)
    // And the next write still works.
    expect(formatHlc(tickHlc(state, T, BOUNDS)) > (stamps.at(-1) ?? '')).toBe(true)
  })

  it('refuses a PC clock far behind its last timestamp, in Chinese, and recovers when it is right', () => {
    const clock = tickHlc(initialHlc('A'), T)
    expect(() => tickHlc(clock, T - 3 * DAY, BOUNDS)).toThrow(
      /电脑时钟比上次保存修改的时间（.*）慢了约 3 天：修改没有保存/,
    )
    expect(() => tickMany(clock, T - 400 * DAY, 10, BOUNDS)).toThrow(HlcError)
    // Set right again: writes go on after the last timestamp.
    expect(tickHlc(clock, T + 1000, BOUNDS).millis).toBe(T + 1000)
  })

  it('refuses a PC clock before the release or years ahead, so it never stamps the future', () => {
    const clock = initialHlc('A')
    expect(() => tickHlc(clock, Date.parse('2000-01-01T00:00:00Z'), BOUNDS)).toThrow(
      /电脑的日期时间不对（现在显示 2000年1月1日/,
    )
    expect(() => tickHlc(clock, Date.parse('2099-06-01T00:00:00Z'), BOUNDS)).toThrow(
      /电脑的日期时间不对（现在显示 2099年6月1日/,
    )
  })

  it('moves past a remote timestamp from a PC whose clock runs ahead', () => {
    const local = tickHlc(initialHlc('A'), T)
    const remote = { millis: T + 3_600_000, counter: 4, node: 'B' }
    const merged = receiveHlc(local, remote, T + 10)
    expect(merged).toEqual({ millis: T + 3_600_000, counter: 5, node: 'A' })
    const next = tickHlc(merged, T + 20, BOUNDS)
    expect(formatHlc(next) > formatHlc({ ...remote })).toBe(true)
  })

  it('refuses remote times beyond the allowed drift', () => {
    const local = initialHlc('A')
    expect(() =>
      receiveHlc(local, { millis: T + 10_000, counter: 0, node: 'B' }, T, 5_000),
    ).toThrow(HlcError)
    expect(() => receiveHlc(local, { millis: T + 3 * DAY, counter: 0, node: 'B' }, T)).toThrow(
      /对方电脑的时钟比本机快了约 3 天/,
    )
  })

  it('rejects malformed timestamps and node ids', () => {
    expect(() => parseHlc('2026-11-25-0000-A')).toThrow(HlcError)
    expect(() => initialHlc('bad node!')).toThrow(HlcError)
  })
})
