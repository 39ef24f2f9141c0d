import { describe, expect, it } from 'vitest'
import {
  entryState,
  entryStateLabel,
  missingRangeLabel,
  nextSequence,
  numberYearWarning,
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
  written: true,
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
    expect(nextSequence([entry(1), entry(7, { status: 'reserved', written: false })])).toBe(8)
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
    const lines = registerLines([
      entry(6),
      entry(1),
      entry(2),
      entry(3, { status: 'reserved', written: false }),
    ])
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
        entry(2, { status: 'reserved', written: false }),
        entry(3, { status: 'draft' }),
        entry(4, { status: 'reserved' }),
        entry(5),
        entry(6, { status: 'void' }),
        entry(7, { deleted: true }),
      ]),
    ).toEqual({
      used: 2,
      drafts: 2,
      gaps: { missing: 0, reserved: 1, void: 1, deleted: 1 },
      next: 8,
    })
  })
})

describe('statusAfterSave', () => {
  it('issues on saving as Word; any other save is a draft, holding its number if it has one', () => {
    expect(statusAfterSave(undefined, false)).toBe('draft')
    expect(statusAfterSave('reserved', false)).toBe('draft')
    expect(statusAfterSave('reserved', true)).toBe('used')
    expect(statusAfterSave('draft', true)).toBe('used')
    expect(statusAfterSave('used', false)).toBe('used')
  })

  it('never issues a voided number', () => {
    expect(statusAfterSave('void', true)).toBe('void')
    expect(statusAfterSave('void', false)).toBe('void')
  })
})

describe('entry states', () => {
  it('says what happened to each entry', () => {
    expect(entryState(entry(1))).toBe('issued')
    expect(entryState(entry(1, { status: 'draft' }))).toBe('draft')
    // A numbered draft saved by an older version was stored as 预留 with its document.
    expect(entryState(entry(1, { status: 'reserved' }))).toBe('draft')
    expect(entryState(entry(1, { status: 'reserved', written: false }))).toBe('reserved')
    expect(entryState(entry(1, { status: 'void' }))).toBe('void')
    expect(entryState(entry(1, { deleted: true }))).toBe('deleted')
  })

  it('does not call a document without a number 已用', () => {
    expect(entryStateLabel('issued', true)).toBe('已用')
    expect(entryStateLabel('issued', false)).toBe('已成文')
    expect(entryStateLabel('draft', true)).toBe('草稿')
    expect(entryStateLabel('reserved', true)).toBe('预留未用')
  })

  it('explains each holder of a number, and how to use a reservation', () => {
    expect(takenMessage(entry(3, { status: 'reserved', written: false, title: '' }))).toBe(
      '发文字号 津知发〔2026〕3号 已预留；要用这个号，请在发文登记中该号一行点“撰写”',
    )
    expect(takenMessage(entry(3, { status: 'draft' }))).toBe(
      '发文字号 津知发〔2026〕3号 已由草稿“文件3”占用',
    )
    expect(takenMessage(entry(3, { status: 'void' }))).toBe(
      '发文字号 津知发〔2026〕3号 已作废，号码不再使用',
    )
  })
})

describe('numberYearWarning', () => {
  it('warns when the number and the 成文日期 name different years', () => {
    expect(numberYearWarning('津知发〔2025〕3号', '2026-12-02')).toBe(
      '发文字号的年份（2025）与成文日期的年份（2026）不一致',
    )
    expect(numberYearWarning('津知发[2026]3号', '2026-12-02')).toBeUndefined()
    expect(numberYearWarning('', '2026-12-02')).toBeUndefined()
    expect(numberYearWarning('津知发〔2025〕3号', '2026-1')).toBeUndefined()
  })
})
