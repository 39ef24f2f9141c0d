import { describe, expect, it } from 'vitest'
import { megabytes, storageNearlyFull } from '../../../shared/backup/storage'

const MB = 1024 * 1024

describe('storageNearlyFull', () => {
  it('warns past 90 % of the quota, or with under 500 MB left, and never when unknown', () => {
    expect(storageNearlyFull(100 * MB, 10_000 * MB)).toBe(false)
    expect(storageNearlyFull(9_100 * MB, 10_000 * MB)).toBe(true)
    expect(storageNearlyFull(700 * MB, 1_100 * MB)).toBe(true)
    expect(storageNearlyFull(undefined, 1_000 * MB)).toBe(false)
    expect(storageNearlyFull(1_000 * MB, undefined)).toBe(false)
  })

  it('writes sizes in MB with one decimal', () => {
    expect(megabytes(1536 * MB)).toBe('1,536.0 MB')
    expect(megabytes(undefined)).toBe('未知')
  })
})
