import { PACKAGE_EXTENSION } from '../files/appFileTypes'
import { z } from '../zod'

/**
 * An exchange package (数据交换包): changes from this PC's change log, for another PC to merge.
 * A zip: `manifest.json`, the changes in parts of JSON lines, and the attached files they name.
 * With a password the zip is encrypted whole and wrapped in an envelope that says how.
 */
export const PACKAGE_FORMAT = 'xiezhi-package'
export const PACKAGE_FORMAT_VERSION = 1
export const CHANGES_PER_PART = 5000

/** AES-GCM with a key from PBKDF2-SHA256: the iterations OWASP asks for (2023) at least. */
export const MIN_PBKDF2_ITERATIONS = 600_000

/** A part's path: changes/<n>.ndjson, files.ndjson, or files/<sha256> for an attachment. */
const PART_PATH = /^(changes\/\d{4}\.ndjson|files\.ndjson|files\/[0-9A-Za-z_-]{1,64})$/

const partsSchema = z.record(
  z.string().regex(PART_PATH),
  z.strictObject({
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    bytes: z.number().int().nonnegative(),
  }),
)

/** What a package holds: every change the sender has, those a given PC lacks, or one record's. */
export const packageScopeSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('all') }),
  z.strictObject({ type: z.literal('since'), to: z.string().min(1).max(64) }),
  z.strictObject({
    type: z.literal('record'),
    kind: z.string().min(1).max(40),
    id: z.string().min(1).max(64),
  }),
])
export type PackageScope = z.infer<typeof packageScopeSchema>

export const packageManifestSchema = z.strictObject({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
  appVersion: z.string().max(40),
  schemaVersion: z.number().int().positive(),
  /** The sending installation, and what its user calls it. */
  deviceId: z.string().min(1).max(64),
  deviceName: z.string().max(60),
  /** The sender's exchange epoch: a restore there starts a new one. */
  epoch: z.string().max(64),
  createdAt: z.number().int().nonnegative(),
  scope: packageScopeSchema,
  /** The highest timestamp the sender has from each device: what it has seen. */
  seen: z.record(z.string().max(64), z.string().max(80)),
  counts: z.strictObject({
    changes: z.number().int().nonnegative(),
    files: z.number().int().nonnegative(),
  }),
  parts: partsSchema,
})
export type PackageManifest = z.infer<typeof packageManifestSchema>

/** The outside of a password-protected package: how to derive the key and decrypt the rest. */
export const ENCRYPTED_PAYLOAD_PATH = 'payload.bin'
export const envelopeSchema = z.strictObject({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
  encryption: z.strictObject({
    cipher: z.literal('AES-GCM'),
    kdf: z.literal('PBKDF2-SHA256'),
    iterations: z.number().int().min(MIN_PBKDF2_ITERATIONS).max(10_000_000),
    salt: z.string().regex(/^[0-9a-f]{32,128}$/),
    iv: z.string().regex(/^[0-9a-f]{24}$/),
  }),
})
export type PackageEnvelope = z.infer<typeof envelopeSchema>

export const changesPartPath = (index: number) =>
  `changes/${String(index + 1).padStart(4, '0')}.ndjson`
export const FILES_LIST_PATH = 'files.ndjson'
export const packageFilePath = (id: string) => `files/${id}`

/** 协知数据包_张三_2026-12-07_0930.xzpkg (the sender's name, when set). */
export function packageFileName(at: Date, sender: string): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  const day = `${String(at.getFullYear())}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
  const name = sender.replace(/[\\/:*?"<>|\s]+/g, '')
  return `协知数据包_${name === '' ? '' : `${name}_`}${day}_${pad(at.getHours())}${pad(at.getMinutes())}.${PACKAGE_EXTENSION}`
}

/** The parts under `prefix`, in order (changes/0001.ndjson, changes/0002.ndjson…). */
export function partsUnder(parts: PackageManifest['parts'], prefix: string): string[] {
  return Object.keys(parts)
    .filter((path) => path.startsWith(prefix) && path.endsWith('.ndjson'))
    .sort()
}
