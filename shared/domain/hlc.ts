/**
 * Hybrid logical clock (HLC). A timestamp is wall time (ms), a counter and the node (device) id,
 * written as a fixed-width string so that plain string comparison orders events:
 *   2026-11-25T08:30:00.000Z-0000-01JD3X…
 * The clock never goes backwards: when the PC's clock is behind the last timestamp (clock set
 * back, or a timestamp received from a PC whose clock runs ahead), the counter advances instead.
 */
export interface HlcState {
  readonly millis: number
  readonly counter: number
  readonly node: string
}

const MAX_COUNTER = 0xffff

/** Clock errors reach the user as they are: their messages are Chinese. */
export class HlcError extends Error {}

const COUNTER_FULL =
  '同一时刻的修改过多，或电脑时钟曾被调到将来：本次修改没有保存。请核对电脑的日期和时间后重试'

export function initialHlc(node: string): HlcState {
  if (!/^[0-9A-Za-z]{1,32}$/.test(node))
    throw new HlcError(`本机设备标识无效（${node}），请重新启动协知`)
  return { millis: 0, counter: 0, node }
}

/** Advances the clock for a local event at wall time `now` (ms since epoch). */
export function tickHlc(state: HlcState, now: number): HlcState {
  const millis = Math.max(state.millis, now)
  const counter = millis === state.millis ? state.counter + 1 : 0
  if (counter > MAX_COUNTER) throw new HlcError(COUNTER_FULL)
  return { millis, counter, node: state.node }
}

/**
 * Moves the clock past a timestamp seen from another device, so every later local event sorts
 * after it. `maxDriftMs` refuses remote times implausibly far in the future, which would
 * otherwise drag this device's clock along for good.
 */
export function receiveHlc(
  state: HlcState,
  remote: HlcState,
  now: number,
  maxDriftMs = Number.POSITIVE_INFINITY,
): HlcState {
  if (remote.millis - now > maxDriftMs) {
    throw new HlcError(
      `对方电脑的时钟比本机快 ${String(Math.round((remote.millis - now) / 60_000))} 分钟，请先校准两台电脑的时间`,
    )
  }
  const millis = Math.max(state.millis, remote.millis, now)
  let counter: number
  if (millis === state.millis && millis === remote.millis) {
    counter = Math.max(state.counter, remote.counter) + 1
  } else if (millis === state.millis) {
    counter = state.counter + 1
  } else if (millis === remote.millis) {
    counter = remote.counter + 1
  } else {
    counter = 0
  }
  if (counter > MAX_COUNTER) throw new HlcError(COUNTER_FULL)
  return { millis, counter, node: state.node }
}

export function formatHlc(state: HlcState): string {
  const time = new Date(state.millis).toISOString()
  return `${time}-${state.counter.toString(16).toUpperCase().padStart(4, '0')}-${state.node}`
}

const HLC_PATTERN =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9A-F]{4})-([0-9A-Za-z]{1,32})$/

export function parseHlc(text: string): HlcState {
  const match = HLC_PATTERN.exec(text)
  if (!match) throw new HlcError(`本机的修改时钟记录已损坏（${text}），请联系技术支持`)
  const [, time = '', counter = '', node = ''] = match
  const millis = Date.parse(time)
  if (Number.isNaN(millis))
    throw new HlcError(`本机的修改时钟记录已损坏（${text}），请联系技术支持`)
  return { millis, counter: Number.parseInt(counter, 16), node }
}
