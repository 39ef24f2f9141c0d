import { describe, expect, it } from 'vitest'
import { autoMapColumns, findHeaderRow, normalizeHeader } from '../../../shared/excel/columnMapping'
import { recordsToSheet } from '../../../shared/excel/exportRows'
import { checkImportRows, uniqueValuesInSheet } from '../../../shared/excel/importRows'
import type { CellValue } from '../../../shared/excel/cells'
import { KINDS } from '../../../shared/kinds'

const kind = KINDS.enterprise

describe('column mapping', () => {
  it('maps labels, aliases and decorated headers, each field once', () => {
    const headers = [
      '序号',
      '企业名称（必填）',
      '信用代码',
      '所在区',
      '行业门类',
      '规模',
      '企业名称',
      '软著',
      '',
    ]
    expect(autoMapColumns(kind, headers)).toEqual([
      null,
      'name',
      'creditCode',
      'district',
      'industry',
      'scale',
      null,
      'copyrights',
      null,
    ])
  })

  it('normalizes headers', () => {
    expect(normalizeHeader(' 企业名称 *（必填）')).toBe('企业名称')
    expect(normalizeHeader('所属区：')).toBe('所属区')
  })

  it('finds a header row below a title row', () => {
    const rows: CellValue[][] = [
      ['2026年企业名单', null],
      ['企业名称', '所属区'],
      ['甲', '河西区'],
    ]
    expect(findHeaderRow(rows)).toBe(1)
  })
})

describe('checking import rows', () => {
  const header = ['企业名称', '统一社会信用代码', '所属区', '所属行业', '企业标签', '发明专利']
  const mapping = autoMapColumns(kind, header)
  const check = (rows: CellValue[][], existing: Record<string, string> = {}) =>
    checkImportRows(kind, [header, ...rows], 0, mapping, (_field, value) =>
      existing[value] ? { id: 'x', title: existing[value] } : undefined,
    )

  it('converts cells: options by label or short name, lists, numbers, case of codes', () => {
    const [row] = check([
      ['天津甲公司', '91110000100006485k', '西青', '制造业', '高新技术企业，商会会员', '7'],
    ])
    expect(row?.status).toBe('ok')
    expect(row?.data).toMatchObject({
      name: '天津甲公司',
      creditCode: '91110000100006485K',
      district: '西青区',
      industry: 'C',
      tags: ['高新技术企业', '商会会员'],
      inventionPatents: 7,
    })
  })

  it('gives every reason for a refused row, once each', () => {
    const [row] = check([[null, '914403001922038217', '海淀区', 'Z', '明星企业', '很多']])
    expect(row?.status).toBe('refused')
    expect(row?.reasons).toEqual([
      '所属区“海淀区”不在可选范围内',
      '所属行业“Z”不在可选范围内',
      '企业标签“明星企业”不在可选范围内',
      '发明专利应为数字，实际为“很多”',
      '请填写企业名称',
      '统一社会信用代码校验位不正确，请核对',
    ])
  })

  it('refuses duplicates of the database and of earlier rows, and skips empty rows', () => {
    const rows = check(
      [
        ['甲', '914403001922038216', null, null, null, null],
        [null, null, null, null, null, null],
        ['乙', '914403001922038216', null, null, null, null],
        ['丙', '91110000100006485K', null, null, null, null],
      ],
      { '91110000100006485K': '已有公司' },
    )
    expect(rows.map((r) => [r.rowNumber, r.status, r.reasons])).toEqual([
      [2, 'ok', []],
      [4, 'refused', ['统一社会信用代码与第2行重复']],
      [5, 'refused', ['该统一社会信用代码已在企业库中（已有公司）']],
    ])
  })

  it('explains a code that Excel turned into a number', () => {
    const [row] = check([['甲', Number('914403001922038216'), null, null, null, null]])
    expect(row?.reasons[0]).toContain('被存成了数字')
  })

  it('lists the unique values to look up, normalized', () => {
    const values = uniqueValuesInSheet(
      kind,
      [header, ['甲', '91110000100006485k'], ['乙', 'bad']],
      0,
      mapping,
    )
    expect(values.get('creditCode')).toEqual(['91110000100006485K'])
  })
})

describe('export', () => {
  it('writes labels as headers and display values, keeping numbers as numbers', () => {
    const sheet = recordsToSheet(kind, [
      {
        ...kind.empty(),
        name: '甲',
        creditCode: '914403001922038216',
        industry: 'C',
        tags: ['商会会员', '高新技术企业'],
        inventionPatents: 3,
      },
    ])
    expect(sheet.headers.slice(0, 5)).toEqual([
      '企业名称',
      '统一社会信用代码',
      '所属区',
      '所属行业',
      '企业规模',
    ])
    const row = sheet.rows[0] ?? []
    expect(row[1]).toEqual({ value: '914403001922038216', type: 'text' })
    expect(row[3]).toEqual({ value: 'C 制造业', type: 'text' })
    expect(row[5]).toEqual({ value: '商会会员、高新技术企业', type: 'text' })
    expect(row[7]).toEqual({ value: 3, type: 'number' })
  })

  it('round-trips: an exported sheet imports back to the same data', () => {
    const original = {
      ...kind.empty(),
      name: '天津乙公司',
      creditCode: '91110000100006485K',
      district: '河西区' as const,
      industry: 'I' as const,
      tags: ['商会会员' as const],
      trademarks: 4,
    }
    const sheet = recordsToSheet(kind, [original])
    const rows: CellValue[][] = [
      [...sheet.headers],
      ...sheet.rows.map((r) => r.map((c) => c.value)),
    ]
    const [row] = checkImportRows(
      kind,
      rows,
      0,
      autoMapColumns(kind, sheet.headers),
      () => undefined,
    )
    expect(row?.data).toEqual(kind.schema.parse(original))
  })
})
