import { randomUUID } from 'node:crypto'
import { open, readdir, rename, rm, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * Automatic backups arrive in parts (see the 'backup:auto' contract): each session appends to a
 * hidden temporary file in the backups folder and, at its last part, is flushed and renamed into
 * place, so a crash or a part out of order never leaves a half backup under a backup's name.
 */
interface Session {
  readonly temp: string
  readonly target: string
  readonly handle: FileHandle
  next: number
}

/** At most this many backups in progress: a new one beyond it drops the oldest. */
const MAX_SESSIONS = 2

/** Hidden temporary files of backups: `.协知备份_….xzbak.<uuid>.tmp`. */
const TEMP_NAME = /^\.协知备份_.*\.tmp$/

export class BackupWriter {
  private readonly sessions = new Map<string, Session>()

  /** Appends part `index` of `session`; returns the final path after the last part. */
  async write(
    folder: string,
    part: { session: string; fileName: string; index: number; last: boolean; data: Uint8Array },
  ): Promise<string | undefined> {
    let session = this.sessions.get(part.session)
    if (part.index === 0) {
      if (session) await this.abort(part.session)
      const others = [...this.sessions.keys()]
      for (const oldest of others.slice(0, Math.max(0, others.length - MAX_SESSIONS + 1))) {
        await this.abort(oldest)
      }
      await this.removeStaleTemps(folder)
      const target = join(folder, part.fileName)
      const temp = join(folder, `.${part.fileName}.${randomUUID()}.tmp`)
      session = { temp, target, handle: await open(temp, 'wx'), next: 0 }
      this.sessions.set(part.session, session)
    }
    if (!session || part.index !== session.next || session.target !== join(folder, part.fileName)) {
      await this.abort(part.session)
      throw new Error('备份分段顺序不对，已放弃这次备份')
    }
    try {
      await session.handle.write(part.data)
      session.next++
      if (!part.last) return undefined
      await session.handle.sync()
      await session.handle.close()
      this.sessions.delete(part.session)
      await rename(session.temp, session.target)
      return session.target
    } catch (error) {
      await this.abort(part.session)
      // The rename may fail after the session is closed: its temporary file goes too.
      await rm(session.temp, { force: true })
      throw error
    }
  }

  /** Temporary files no session is writing: left by a crash or a page reloaded mid-backup. */
  private async removeStaleTemps(folder: string): Promise<void> {
    const active = new Set([...this.sessions.values()].map((session) => session.temp))
    const names = await readdir(folder).catch(() => [])
    for (const name of names) {
      const path = join(folder, name)
      if (TEMP_NAME.test(name) && !active.has(path)) await rm(path, { force: true })
    }
  }

  /** Drops a session and its temporary file. */
  async abort(id: string): Promise<void> {
    const session = this.sessions.get(id)
    if (!session) return
    this.sessions.delete(id)
    await session.handle.close().catch(() => undefined)
    await rm(session.temp, { force: true })
  }
}
