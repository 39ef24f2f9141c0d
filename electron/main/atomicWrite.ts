import { randomUUID } from 'node:crypto'
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** A hidden temporary name next to the target, so the final rename stays on one disk. */
function tempPathFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${randomUUID()}.tmp`)
}

/**
 * Writes a file so that it is either the old one or the complete new one: the data goes to a
 * temporary file in the same folder (same disk, so the rename is atomic), is flushed, and then
 * replaces the target. If anything fails the temporary file is removed.
 */
export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  const temp = tempPathFor(file)
  try {
    const handle = await open(temp, 'wx')
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, file)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

/** The same, synchronously: for the last write while the app is closing. */
export function writeFileAtomicSync(file: string, data: Uint8Array | string): void {
  const temp = tempPathFor(file)
  try {
    const fd = openSync(temp, 'wx')
    try {
      writeFileSync(fd, data)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temp, file)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}
