import { describe, expect, it } from 'vitest'
import {
  missingRangeLabel,
  nextSequence,
  numberFieldsOf,
  registerLines,
  sequenceHolder,
  statusAfterSave,
  summarizeRegister,
  takenMessage,
  type RegisterEntry,
} from '../../../shared/documents/register'

const entry = (sequence: number, overrides: Partial<RegisterEntry> = {}): RegisterEntry => ({
  id: `id-${String(sequence)}`,
  sequence,
  status: 'used',
  deleted: false,
  title: `文件${String(sequence)}`,
  documentNumber: `津知发〔2026〕${String(sequence)}号`,
  ...overrides,
})

describe('numberFieldsOf', () => {
  it('normalises the brackets and splits the number', () => {
    expect(numberFieldsOf(' 津知发[2026]12号 ', 'file')).toEqual({
      documentNumber: '津知发〔2026〕12号',
      prefix: '津知发',
      year: 2026,
      sequence: 12,
    })
    expect(numberFieldsOf('津知函【2025】3号', 'letter')).toMatchObject({
      prefix: '津知函',
      year: 2025,
    })
  })

  it('gives minutes, blanks and free text no series', () => {
    expect(numberFieldsOf('第3期', 'minutes')).toEqual({
      documentNumber: '第3期',
      prefix: '',
      year: 0,
      sequence: 0,
    })
    expect(numberFieldsOf('', 'file').sequence).toBe(0)
    expect(numberFieldsOf('随便写的', 'file')).toMatchObject({ prefix: '', sequence: 0 })
  })
})

describe('allocation', () => {
  it('starts at 1 and goes one past the highest number ever given', () => {
    expect(nextSequence([])).toBe(1)
    expect(nextSequence([entry(1), entry(2)])).toBe(3)
    expect(nextSequence([entry(1), entry(7, { status: 'reserved' })])).toBe(8)
  })

  it('never reuses the number of a deleted or voided entry', () => {
    expect(nextSequence([entry(1), entry(2, { deleted: true })])).toBe(3)
    expect(nextSequence([entry(1), entry(2, { status: 'void' })])).toBe(3)
    const deleted = entry(2, { deleted: true })
    expect(sequenceHolder([entry(1), deleted], 2)).toBe(deleted)
    expect(takenMessage(deleted)).toContain('号码不再重复使用')
  })

  it('finds the holder of a number, but not the entry itself', () => {
    const list = [entry(1), entry(2)]
    expect(sequenceHolder(list, 2)?.id).toBe('id-2')
    expect(sequenceHolder(list, 2, 'id-2')).toBeUndefined()
    expect(sequenceHolder(list, 3)).toBeUndefined()
    expect(sequenceHolder(list, 0)).toBeUndefined()
    expect(takenMessage(entry(2))).toBe('发文字号 津知发〔2026〕2号 已由“文件2”使用（已用）')
  })
})

describe('registerLines', () => {
  it('lists entries by number with missing numbers as ranges', () => {
    const lines = registerLines([entry(6), entry(1), entry(2), entry(3, { status: 'reserved' })])
    expect(
      lines.map((line) =>
        line.type === 'missing'
          ? `缺${missingRangeLabel(line.from, line.to)}`
          : `${String(line.sequence)}${line.gap ?? ''}`,
      ),
    ).toEqual(['1', '2', '3reserved', '缺4—5号', '6'])
  })

  it('marks voided, deleted and duplicated numbers, and ignores unnumbered entries', () => {
    const lines = registerLines([
      entry(0, { id: 'draft', status: 'draft' }),
      entry(1, { status: 'void' }),
      entry(2, { deleted: true }),
      entry(3),
      entry(3, { id: 'other-3' }),
    ])
    expect(lines).toHaveLength(4)
    expect(lines[0]).toMatchObject({ type: 'entry', gap: 'void' })
    expect(lines[1]).toMatchObject({ type: 'entry', gap: 'deleted' })
    expect(lines[2]).toMatchObject({ duplicate: true })
    expect(lines[3]).toMatchObject({ duplicate: true })
  })

  it('starts with a missing range when 1 was never given', () => {
    expect(registerLines([entry(3)])[0]).toEqual({ type: 'missing', from: 1, to: 2 })
    expect(missingRangeLabel(4, 4)).toBe('4号')
  })

  it('stays small for a huge typed number', () => {
    expect(registerLines([entry(1), entry(100_000)])).toHaveLength(3)
  })
})

describe('summarizeRegister', () => {
  it('counts issued numbers and each kind of gap', () => {
    expect(
      summarizeRegister([
        entry(1),
        entry(2, { status: 'reserved' }),
        entry(5),
        entry(6, { status: 'void' }),
        entry(7, { deleted: true }),
      ]),
    ).toEqual({ used: 2, gaps: { missing: 2, reserved: 1, void: 1, deleted: 1 }, next: 8 })
  })
})

describe('statusAfterSave', () => {
  it('issues on saving as Word and otherwise keeps the number reserved', () => {
    expect(statusAfterSave(undefined, false, false)).toBe('draft')
    expect(statusAfterSave(undefined, true, false)).toBe('reserved')
    expect(statusAfterSave('reserved', true, true)).toBe('used')
    expect(statusAfterSave('used', true, false)).toBe('used')
    expect(statusAfterSave('void', true, false)).toBe('void')
    expect(statusAfterSave('draft', false, true)).toBe('used')
  })
})
