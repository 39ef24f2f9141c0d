import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
// The shell's atomic write: the command line flushes and cleans up exactly as the app does.
import { writeFileAtomic } from '../../electron/main/atomicWrite'

/**
 * Writes a document where -o says, creating its folder. The bytes go to a temporary file beside
 * the target, are flushed to disk (fsync) and then renamed over it, so a crash or a power cut
 * never leaves half a document; if anything fails the temporary file is removed.
 */
export async function writeDocument(path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFileAtomic(path, bytes)
}
