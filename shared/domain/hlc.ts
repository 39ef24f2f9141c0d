/**
 * Hybrid logical clock (HLC). A timestamp is wall time (ms), a counter and the node (device) id,
 * written as a fixed-width string so that plain string comparison orders events:
 *   2026-11-25T08:30:00.000Z-0000-01JD3X…
 * The clock never goes backwards: when the PC's clock is behind the last timestamp (clock set
 * back a little, or a timestamp received from a PC whose clock runs a little ahead), the counter
 * advances instead; when the counter is full, the time moves on by a millisecond, so any number
 * of writes in one batch gets distinct timestamps.
 *
 * What it refuses, with a Chinese message, is a PC clock that cannot be right: earlier than this
 * version of 协知 was built, or so far behind the clock's last timestamp that every change made
 * now would lose to changes already made (it recovers as soon as the PC clock is set right), and
 * remote timestamps from a PC whose clock runs far ahead (they would drag every later change
 * here into the future with them).
 */
export interface HlcState {
  readonly millis: number
  readonly counter: number
  readonly node: string
}

const MAX_COUNTER = 0xffff

/** How far behind its last timestamp a PC clock may be (a corrected clock, summer time…). */
export const MAX_CLOCK_DRIFT_MS = 24 * 60 * 60 * 1000

/** Clock errors reach the user as they are: their messages are Chinese. */
export class HlcError extends Error {}

/** What a clock needs to know to judge the PC's clock. */
export interface ClockBounds {
  /** No correct PC clock reads earlier than this (the release of the running version). */
  readonly earliest: number
  /** Nor later than this: a clock set years ahead would put every change made now out of reach. */
  readonly latest: number
  /** How far behind the clock's last timestamp the PC clock may be. */
  readonly maxDriftMs: number
}

/** When this version of 协知 was released: the PC clocks it runs on read later than this. */
export const RELEASED_AT = Date.UTC(2026, 11, 1)

/** The bounds the app uses: from the release to five years after it, a day of drift. */
export const APP_CLOCK_BOUNDS: ClockBounds = {
  earliest: RELEASED_AT,
  latest: RELEASED_AT + 5 * 365 * 24 * 60 * 60 * 1000,
  maxDriftMs: MAX_CLOCK_DRIFT_MS,
}

export function initialHlc(node: string): HlcState {
  if (!/^[0-9A-Za-z]{1,32}$/.test(node))
    throw new HlcError(`本机设备标识无效（${node}），请重新启动协知`)
  return { millis: 0, counter: 0, node }
}

function dateTime(millis: number): string {
  const date = new Date(millis)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${String(date.getFullYear())}年${String(date.getMonth() + 1)}月${String(date.getDate())}日 ${pad(date.getHours())}:${pad(date.getMinutes())}`
}

function duration(ms: number): string {
  const hours = ms / 3_600_000
  if (hours < 48) return `${String(Math.ceil(hours))} 小时`
  const days = hours / 24
  return days < 730 ? `${String(Math.round(days))} 天` : `${String(Math.round(days / 365))} 年`
}

/** The next state after `state` at time `millis`: counter up, or on to the next millisecond. */
function advance(state: HlcState, millis: number): HlcState {
  if (millis > state.millis) return { millis, counter: 0, node: state.node }
  return state.counter < MAX_COUNTER
    ? { millis: state.millis, counter: state.counter + 1, node: state.node }
    : { millis: state.millis + 1, counter: 0, node: state.node }
}

/** Throws the Chinese reason why the PC clock reading `now` cannot be used, if it cannot. */
export function checkWallClock(state: HlcState, now: number, bounds: ClockBounds): void {
  if (now < bounds.earliest || now > bounds.latest) {
    throw new HlcError(
      `电脑的日期时间不对（现在显示 ${dateTime(now)}）：修改没有保存。请改正电脑的日期和时间后重试`,
    )
  }
  if (state.millis - now > bounds.maxDriftMs) {
    throw new HlcError(
      `电脑时钟比上次保存修改的时间（${dateTime(state.millis)}）慢了约 ${duration(state.millis - now)}：修改没有保存。请改正电脑的日期和时间后重试`,
    )
  }
}

/** Advances the clock for a local event at wall time `now` (ms since epoch). */
export function tickHlc(state: HlcState, now: number, bounds?: ClockBounds): HlcState {
  if (bounds) checkWallClock(state, now, bounds)
  return advance(state, Math.max(state.millis, now))
}

/** `count` distinct timestamps for one batch of local events, and the clock after them. */
export function tickMany(
  state: HlcState,
  now: number,
  count: number,
  bounds?: ClockBounds,
): { readonly stamps: string[]; readonly state: HlcState } {
  if (bounds) checkWallClock(state, now, bounds)
  const stamps: string[] = []
  let clock = state
  for (let i = 0; i < count; i++) {
    clock = advance(clock, Math.max(clock.millis, now))
    stamps.push(formatHlc(clock))
  }
  return { stamps, state: clock }
}

/**
 * Moves the clock past a timestamp seen from another device, so every later local event sorts
 * after it. A remote time more than `maxDriftMs` ahead of this PC's clock is refused.
 */
export function receiveHlc(
  state: HlcState,
  remote: HlcState,
  now: number,
  maxDriftMs = MAX_CLOCK_DRIFT_MS,
): HlcState {
  if (remote.millis - now > maxDriftMs) {
    throw new HlcError(
      `对方电脑的时钟比本机快了约 ${duration(remote.millis - now)}（显示 ${dateTime(remote.millis)}），请先核对两台电脑的日期和时间`,
    )
  }
  const latest = compareHlc(remote, state) > 0 ? { ...remote, node: state.node } : state
  return advance(latest, Math.max(latest.millis, now))
}

function compareHlc(a: HlcState, b: HlcState): number {
  return a.millis - b.millis || a.counter - b.counter
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

/** The device that made a timestamp. */
export function hlcNode(text: string): string {
  return text.slice(text.lastIndexOf('-') + 1)
}

/** Whether a text is a timestamp this app writes (a package's, checked before it is merged). */
export function isHlc(text: string): boolean {
  try {
    parseHlc(text)
    return true
  } catch {
    return false
  }
}

/**
 * A version vector (the latest timestamp seen from each device) moved on by some timestamps:
 * what a PC has seen after a batch, or what a restored change log holds.
 */
export function advanceVector(
  vector: Readonly<Record<string, string>>,
  hlcs: Iterable<string>,
): Record<string, string> {
  const advanced: Record<string, string> = { ...vector }
  for (const hlc of hlcs) {
    const node = hlcNode(hlc)
    if (hlc > (advanced[node] ?? '')) advanced[node] = hlc
  }
  return advanced
}
