import { ulid } from 'ulid'
import {
  APP_CLOCK_BOUNDS,
  formatHlc,
  initialHlc,
  parseHlc,
  tickMany,
} from '../../shared/domain/hlc'
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

export interface WriteStamp {
  readonly deviceId: string
  readonly user: string
  readonly hlcs: readonly string[]
}

/**
 * Reserves `count` HLC timestamps for one write. Must run inside the write's transaction (which
 * includes the meta table), so two writes — even from two browser tabs — never share a timestamp
 * and the stored clock never goes backwards.
 */
export async function stampWrite(db: XiezhiDatabase, now: number, count = 1): Promise<WriteStamp> {
  const [deviceEntry, hlcEntry, settingsEntry] = await db.meta.bulkGet([DEVICE_ID, HLC, SETTINGS])
  // The app shows its first screen while the database is prepared: a write may come first.
  const deviceId =
    typeof deviceEntry?.value === 'string' ? deviceEntry.value : await createDeviceId(db)
  const clock =
    typeof hlcEntry?.value === 'string' ? parseHlc(hlcEntry.value) : initialHlc(deviceId)
  const { stamps: hlcs, state } = tickMany(clock, now, count, APP_CLOCK_BOUNDS)
  await db.meta.put({ key: HLC, value: formatHlc(state) })
  return { deviceId, user: readSettings(settingsEntry?.value).userName, hlcs }
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
