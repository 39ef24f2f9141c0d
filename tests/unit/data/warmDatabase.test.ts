import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { XiezhiDatabase } from '../../../renderer/data/database'
import { LATEST_SCHEMA, SCHEMA_VERSIONS } from '../../../renderer/data/schema'
import { openWarmConnection } from '../../../renderer/data/warmDatabase'

/** Until IndexedDB has answered every request made so far (fake-indexeddb answers in tasks). */
const settled = () => new Promise((done) => setTimeout(done, 20))

/**
 * The early connection of start-up only loads the database: it never creates one, and never
 * stands in the way of the data layer's upgrades or of a restore deleting the database.
 */
describe('warm connection', () => {
  it('does not create the database on a first start; the data layer then creates it whole', async () => {
    const name = `warm-first-${String(process.pid)}`
    const warm = openWarmConnection(name)
    await settled()
    expect(await Dexie.exists(name)).toBe(false)
    const db = new XiezhiDatabase(name)
    await db.open()
    expect(db.verno).toBe(LATEST_SCHEMA.version)
    expect(db.tables.length).toBeGreaterThan(10)
    warm.release()
    db.close()
    await Dexie.delete(name)
  })

  it('gives way to an upgrade and to a delete while it is still open', async () => {
    const name = `warm-upgrade-${String(process.pid)}`
    const old = new Dexie(name)
    for (const schema of SCHEMA_VERSIONS.filter((s) => s.version <= 3))
      old.version(schema.version).stores(schema.stores)
    await old.open()
    old.close()

    openWarmConnection(name) // never released: the upgrade must close it
    await settled()
    const db = new XiezhiDatabase(name)
    await db.open()
    expect(db.verno).toBe(LATEST_SCHEMA.version)
    db.close()

    openWarmConnection(name)
    await settled()
    await Dexie.delete(name)
    expect(await Dexie.exists(name)).toBe(false)
  })
})
