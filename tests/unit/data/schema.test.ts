import { describe, expect, it } from 'vitest'
import {
  LATEST_SCHEMA,
  SCHEMA_VERSIONS,
  storesDeclaredByKinds,
} from '../../../renderer/data/schema'

describe('database schema', () => {
  it('matches what the record kinds declare (bump the version when a kind changes its indexes)', () => {
    expect(LATEST_SCHEMA.stores).toEqual(storesDeclaredByKinds())
  })

  it('has strictly increasing versions', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(new Set(versions).size).toBe(versions.length)
  })
})
