import { advanceVector } from '../../../shared/domain/hlc'
import { z } from '../../../shared/zod'
import type { PackageManifest } from '../../../shared/exchange/packageManifest'
import type { XiezhiDatabase } from '../database'
import type { VersionVector } from '../installation'

/**
 * The PCs this one exchanges packages with, kept in `meta`: what each said it had seen in its
 * last package, and what was sent to it since. A package “since the last one to 办公室电脑” holds
 * the changes that PC lacks by both counts. A PC that restored a backup since (its epoch
 * changed) may have lost what was sent to it: only what it says it has counts then.
 */
const PEERS = 'exchangePeers'
const EPOCH = 'exchangeEpoch'

const vectorSchema = z.record(z.string(), z.string())

const peerSchema = z.object({
  deviceId: z.string(),
  name: z.string(),
  /** Its epoch as of its last package. */
  epoch: z.string(),
  /** What it had seen when it made its last package. */
  seen: vectorSchema,
  receivedAt: z.number(),
  /** What was sent to it, in its epoch `sentEpoch`. */
  sent: vectorSchema.default({}),
  sentEpoch: z.string().default(''),
  sentAt: z.number().optional(),
})
export type ExchangePeer = z.infer<typeof peerSchema>

const peersSchema = z.record(z.string(), peerSchema).catch({})

export async function listPeers(db: XiezhiDatabase): Promise<ExchangePeer[]> {
  const peers = peersSchema.parse((await db.meta.get(PEERS))?.value)
  return Object.values(peers).sort((a, b) => b.receivedAt - a.receivedAt)
}

async function writePeer(db: XiezhiDatabase, peer: ExchangePeer): Promise<void> {
  const peers = peersSchema.parse((await db.meta.get(PEERS))?.value)
  await db.meta.put({ key: PEERS, value: { ...peers, [peer.deviceId]: peer } })
}

/** This PC's exchange epoch: a restore starts a new one. */
export async function readEpoch(db: XiezhiDatabase): Promise<string> {
  const value = (await db.meta.get(EPOCH))?.value
  return typeof value === 'string' ? value : ''
}

/** What a PC lacks: later than both what it said it had and what was sent to it since. */
export function knownToPeer(peer: ExchangePeer): VersionVector {
  return peer.sentEpoch === peer.epoch
    ? advanceVector(peer.seen, Object.values(peer.sent))
    : peer.seen
}

/**
 * Notes a package received (inside the import's transaction, with `meta`). What it says it has
 * is the truth from now on: what was sent to it before is forgotten, so a package lost on the
 * way (a USB drive left behind) is made up for by the next one.
 */
export async function notePackageReceived(
  db: XiezhiDatabase,
  manifest: PackageManifest,
): Promise<void> {
  const before = peersSchema.parse((await db.meta.get(PEERS))?.value)[manifest.deviceId]
  await writePeer(db, {
    deviceId: manifest.deviceId,
    name: manifest.deviceName,
    epoch: manifest.epoch,
    seen: manifest.seen,
    receivedAt: manifest.createdAt,
    sent: {},
    sentEpoch: '',
    ...(before?.sentAt === undefined ? {} : { sentAt: before.sentAt }),
  })
}

/** Notes a package saved for `deviceId` holding everything up to `sent`. */
export async function notePackageSent(
  db: XiezhiDatabase,
  deviceId: string,
  sent: VersionVector,
): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const peer = (await listPeers(db)).find((p) => p.deviceId === deviceId)
    if (!peer) return
    await writePeer(db, { ...peer, sent, sentEpoch: peer.epoch, sentAt: Date.now() })
  })
}
