import { describe, expect, it } from 'vitest'
import {
  formatHlc,
  initialHlc,
  parseHlc,
  receiveHlc,
  tickHlc,
  HlcError,
} from '../../../shared/domain/hlc'

const T = Date.parse('2026-11-25T08:00:00.000Z')

describe('hybrid logical clock', () => {
  it('formats as a sortable string and parses back', () => {
    const state = { millis: T, counter: 10, node: '01JD3X' }
    const text = formatHlc(state)
    expect(text).toBe('2026-11-25T08:00:00.000Z-000A-01JD3X')
    expect(parseHlc(text)).toEqual(state)
  })

  it('advances with wall time and resets the counter', () => {
    const a = tickHlc(initialHlc('A'), T)
    const b = tickHlc(a, T + 5)
    expect(a).toEqual({ millis: T, counter: 0, node: 'A' })
    expect(b).toEqual({ millis: T + 5, counter: 0, node: 'A' })
  })

  it('never goes backwards when the PC clock is set back', () => {
    let clock = tickHlc(initialHlc('A'), T)
    const stamps = [formatHlc(clock)]
    for (const now of [T - 60_000, T - 1, T]) {
      clock = tickHlc(clock, now)
      stamps.push(formatHlc(clock))
    }
    expect([...stamps].sort()).toEqual(stamps)
    expect(new Set(stamps).size).toBe(stamps.length)
    expect(clock.millis).toBe(T)
    expect(clock.counter).toBe(3)
  })

  it('moves past a remote timestamp from a PC whose clock runs ahead', () => {
    const local = tickHlc(initialHlc('A'), T)
    const remote = { millis: T + 3_600_000, counter: 4, node: 'B' }
    const merged = receiveHlc(local, remote, T + 10)
    expect(merged).toEqual({ millis: T + 3_600_000, counter: 5, node: 'A' })
    const next = tickHlc(merged, T + 20)
    expect(formatHlc(next) > formatHlc({ ...remote })).toBe(true)
  })

  it('refuses remote times beyond the allowed drift', () => {
    const local = initialHlc('A')
    expect(() =>
      receiveHlc(local, { millis: T + 10_000, counter: 0, node: 'B' }, T, 5_000),
    ).toThrow(HlcError)
  })

  it('rejects malformed timestamps and node ids', () => {
    expect(() => parseHlc('2026-11-25-0000-A')).toThrow(HlcError)
    expect(() => initialHlc('bad node!')).toThrow(HlcError)
  })
})
