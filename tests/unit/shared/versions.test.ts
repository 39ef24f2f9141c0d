import { describe, expect, it } from 'vitest'
import { textPatch } from '../../../shared/records/textPatch'
import { valueBefore, versionAfter } from '../../../shared/records/versions'

const long = (word: string) => `${'会议记录'.repeat(600)}${word}`

describe('record versions', () => {
  const steps = [
    {
      changes: [
        { field: 'name', new: '联席会议' },
        { field: 'location', new: '一楼' },
      ],
    },
    { changes: [{ field: 'name', new: '第一次联席会议', old: '联席会议' }] },
    { changes: [{ field: 'location', new: '三楼', old: '一楼' }] },
    {
      changes: [
        { field: 'name', new: '第二次联席会议', old: '第一次联席会议' },
        { field: 'deletedAt', new: 5, old: undefined },
      ],
    },
  ]
  const current = { name: '第二次联席会议', location: '三楼', deletedAt: 5 }

  it('gives the fields as they were after each step, undoing the later ones', () => {
    const fields = ['name', 'location']
    expect(versionAfter(current, steps, 3, fields)).toEqual({
      name: '第二次联席会议',
      location: '三楼',
    })
    expect(versionAfter(current, steps, 2, fields)).toEqual({
      name: '第一次联席会议',
      location: '三楼',
    })
    expect(versionAfter(current, steps, 1, fields)).toEqual({
      name: '第一次联席会议',
      location: '一楼',
    })
    expect(versionAfter(current, steps, 0, fields)).toEqual({ name: '联席会议', location: '一楼' })
  })

  it('follows only the fields asked for, and passes over a change that lost to a later one', () => {
    const lost = [
      ...steps,
      { changes: [{ field: 'location', new: '五楼', old: '三楼', skipped: true as const }] },
    ]
    expect(versionAfter(current, lost, 2, ['location'])).toEqual({ location: '三楼' })
  })

  it('gets a long text back from its patch', () => {
    const before = long('初稿')
    const after = long('定稿')
    const change = { field: 'notes', new: after, oldPatch: textPatch(after, before) ?? [] }
    expect(valueBefore(change, after)).toBe(before)
    expect(
      versionAfter({ notes: after }, [{ changes: [] }, { changes: [change] }], 0, ['notes']),
    ).toEqual({
      notes: before,
    })
  })
})
