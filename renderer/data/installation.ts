import { ulid } from 'ulid'
import {
  advanceVector,
  formatHlc,
  initialHlc,
  parseHlc,
  type HlcState,
} from '../../shared/domain/hlc'
import { z } from '../../shared/zod'
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../shared/settings/settings'
import type { XiezhiDatabase } from './database'
import { parseOrThrow } from './validation'

/**
 * What belongs to this installation rather than to the records: its device id, its clock and its
 * settings, kept in the `meta` table.
 */
const DEVICE_ID = 'deviceId'
const HLC = 'hlc'
const SETTINGS = 'settings'
const VERSION_VECTOR = 'versionVector'

const versionVectorSchema = z.record(z.string(), z.string())

/** The installation's device id, created on first use. */
export async function ensureDeviceId(db: XiezhiDatabase): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const entry = await db.meta.get(DEVICE_ID)
    return typeof entry?.value === 'string' ? entry.value : createDeviceId(db)
  })
}

/** Must run in a transaction over `meta` that found no device id. */
async function createDeviceId(db: XiezhiDatabase): Promise<string> {
  const deviceId = ulid()
  await db.meta.put({ key: DEVICE_ID, value: deviceId })
  return deviceId
}

/** Who writes: this installation's device id and the user named in the settings. */
export interface StampContext {
  readonly deviceId: string
  readonly user: string
}

/**
 * The device id and user for a write. Must run inside the write's transaction (with `meta`): the
 * app shows its first screen while the database is prepared, so a write may come first and
 * create the device id itself.
 */
export async function readStampContext(db: XiezhiDatabase): Promise<StampContext> {
  const [deviceEntry, settingsEntry] = await db.meta.bulkGet([DEVICE_ID, SETTINGS])
  const deviceId =
    typeof deviceEntry?.value === 'string' ? deviceEntry.value : await createDeviceId(db)
  return { deviceId, user: readSettings(settingsEntry?.value).userName }
}

/**
 * The installation's clock, read and written inside each write's transaction, so two writes —
 * even from two browser tabs — never share a timestamp and the clock never goes backwards.
 */
export async function readClock(db: XiezhiDatabase, deviceId: string): Promise<HlcState> {
  const entry = await db.meta.get(HLC)
  return typeof entry?.value === 'string' ? parseHlc(entry.value) : initialHlc(deviceId)
}

export async function writeClock(db: XiezhiDatabase, state: HlcState): Promise<void> {
  await db.meta.put({ key: HLC, value: formatHlc(state) })
}

/** The highest timestamp seen from each device: what a package for this PC must start after. */
export type VersionVector = Readonly<Record<string, string>>

export async function readVersionVector(db: XiezhiDatabase): Promise<VersionVector> {
  const entry = await db.meta.get(VERSION_VECTOR)
  return versionVectorSchema.catch({}).parse(entry?.value)
}

/** Moves the version vector past `hlcs` (inside a write's transaction). */
export async function recordSeen(db: XiezhiDatabase, hlcs: readonly string[]): Promise<void> {
  if (hlcs.length === 0) return
  const vector = advanceVector(await readVersionVector(db), hlcs)
  await db.meta.put({ key: VERSION_VECTOR, value: vector })
}

function readSettings(value: unknown): Settings {
  const parsed = settingsSchema.safeParse(value ?? {})
  return parsed.success ? parsed.data : DEFAULT_SETTINGS
}

export async function loadSettings(db: XiezhiDatabase): Promise<Settings> {
  return readSettings((await db.meta.get(SETTINGS))?.value)
}

/** Validates and stores the settings; returns what was stored. */
export async function saveSettings(db: XiezhiDatabase, input: unknown): Promise<Settings> {
  const settings = parseOrThrow(settingsSchema, input)
  await db.meta.put({ key: SETTINGS, value: settings })
  return settings
}
