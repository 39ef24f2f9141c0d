import { describe, expect, it } from 'vitest'
import {
  autoMapColumns,
  findHeaderRow,
  normalizeHeader,
  type ColumnMapping,
} from '../../../../shared/excel/columnMapping'
import { recordsToSheet } from '../../../../shared/excel/exportRows'
import { importReportSheet } from '../../../../shared/excel/importReport'
import {
  checkImportRows,
  ImportChecker,
  uniqueValuesInSheet,
} from '../../../../shared/excel/importRows'
import { cellText, type CellIssue, type CellValue } from '../../../../shared/excel/cells'
import { readSheet } from '../../../../shared/excel/reader/readSheet'
import { buildZip, cell, row, workbookParts, worksheetXml } from '../../../fixtures/xlsx'
import { KINDS } from '../../../../shared/kinds'

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
    checkImportRows(kind, { rows: [header, ...rows], issues: [] }, 0, mapping, (_field, value) =>
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
      '所属区“海淀区”不在可选范围内（可选：天津市 16 个区，如“和平区”“滨海新区”）',
      '所属行业“Z”不在可选范围内（可选：GB/T 4754 门类代码 A–T 或门类名称，如“C”“制造业”）',
      '企业标签“明星企业”不在可选范围内（可选：高新技术企业、科技型中小企业、专精特新中小企业、专精特新"小巨人"企业、国家知识产权优势企业、国家知识产权示范企业、商会会员）',
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
    expect(row[sheet.headers.indexOf('发明专利')]).toEqual({ value: 3, type: 'number' })
    // Files travel in backups and packages, never in a sheet.
    expect(sheet.headers).not.toContain('附件')
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
      { rows, issues: [] },
      0,
      autoMapColumns(kind, sheet.headers),
      () => undefined,
    )
    expect(row?.data).toEqual(kind.schema.parse(original))
  })
})

describe('a value that is almost right is understood or explained', () => {
  const header = [
    '企业名称',
    '统一社会信用代码',
    '所属区',
    '所属行业',
    '企业规模',
    '企业标签',
    '联系电话',
  ]
  const mapping = autoMapColumns(kind, header)
  const check = (rows: CellValue[][]) =>
    checkImportRows(kind, { rows: [header, ...rows], issues: [] }, 0, mapping, () => undefined)

  it('reads short, old and full-width forms of codes, choices and phone numbers', () => {
    const rows = check([
      [
        '甲',
        '９１１２０１１６ＭＡ０５Ｔ８ＱＫ２３',
        '滨海',
        'Ｃ',
        '小型企业',
        '高新',
        '０２２－２３４５６７８９',
      ],
      ['乙', null, '塘沽区', '制造业', '中', '专精特新“小巨人”企业，科小', null],
      ['丙', null, '天津市河西区', 'c 制造业', '微型', '小巨人、国高', null],
      ['丁', null, '蓟县', null, null, null, null],
    ])
    expect(rows.map((r) => r.reasons)).toEqual([[], [], [], []])
    expect(rows.map((r) => r.data)).toMatchObject([
      {
        creditCode: '91120116MA05T8QK23',
        district: '滨海新区',
        industry: 'C',
        scale: '小型',
        tags: ['高新技术企业'],
        contactPhone: '022-23456789',
      },
      {
        district: '滨海新区',
        industry: 'C',
        scale: '中型',
        tags: ['专精特新"小巨人"企业', '科技型中小企业'],
      },
      {
        district: '河西区',
        industry: 'C',
        scale: '微型',
        tags: ['专精特新"小巨人"企业', '高新技术企业'],
      },
      { district: '蓟州区' },
    ])
  })

  it('lists the allowed values when a choice is not understood', () => {
    const [row] = check([['甲', null, null, null, '特大', null, null]])
    expect(row?.reasons).toEqual(['企业规模“特大”不在可选范围内（可选：大型、中型、小型、微型）'])
  })

  it('refuses TRUE/FALSE cells instead of importing 是 or 否', () => {
    const [row] = check([[true, null, false, null, true, null, null]])
    expect(row?.status).toBe('refused')
    expect(row?.reasons).toEqual([
      '企业名称是逻辑值 TRUE，不是文字',
      '所属区是逻辑值 FALSE，不是可选的值（可选：天津市 16 个区，如“和平区”“滨海新区”）',
      '企业规模是逻辑值 TRUE，不是可选的值（可选：大型、中型、小型、微型）',
    ])
  })

  it('drops control, direction and zero-width characters from imported text', () => {
    const [row] = check([
      ['天津\u200b甲\u202e科技\u0007有限公司\ufeff', null, null, null, null, null, null],
    ])
    expect(row?.status).toBe('ok')
    expect(row?.data?.name).toBe('天津甲科技有限公司')
  })
})

describe('an unreadable cell refuses its row, not the file', () => {
  const header = ['企业名称', '统一社会信用代码', '备用列']
  const mapping: ColumnMapping = ['name', 'creditCode', null]
  const issue = (row: number, column: number | null, ref: string): CellIssue => ({
    row,
    column,
    ref,
    message: '单元格标为数字，内容却是“abc”',
  })

  it('names the cell and its column header in the row’s reasons', () => {
    const rows = checkImportRows(
      kind,
      {
        rows: [header, ['天津甲公司'], ['天津乙公司'], ['天津丙公司'], [], []],
        issues: [issue(2, 1, 'B2'), issue(3, 2, 'C3'), issue(4, null, 'A0'), issue(6, 1, 'B6')],
      },
      0,
      mapping,
      () => undefined,
    )
    expect(rows.map((r) => [r.rowNumber, r.status, r.reasons])).toEqual([
      [2, 'refused', ['B2（统一社会信用代码）：单元格标为数字，内容却是“abc”']],
      // The odd cell is in a column that is not imported.
      [3, 'ok', []],
      [4, 'refused', ['单元格标为数字，内容却是“abc”']],
      // A row whose only content is an unreadable cell is reported, not skipped.
      [6, 'refused', ['B6（统一社会信用代码）：单元格标为数字，内容却是“abc”', '请填写企业名称']],
    ])
  })

  it('from a hostile file to the preview: only the rows with odd cells are refused', () => {
    const sheet = worksheetXml(
      row(1, [cell('A1', '企业名称'), cell('B1', '统一社会信用代码')]) +
        row(2, [cell('A2', '天津甲公司'), cell('B2', '91120116MA05T8QK23', 'n')]) +
        row(3, [cell('A3', '天津乙公司'), cell('ZZZZ3', '远')]) +
        row(4, [cell('A4', '天津丙公司'), cell('B4', '914403001922038216')]) +
        row(5, [cell('A5', true), cell('B5', '91110000100006485K')]),
    )
    const contents = readSheet(buildZip(workbookParts(sheet)))
    const headers = (contents.rows[0] ?? []).map(cellText)
    const rows = checkImportRows(kind, contents, 0, autoMapColumns(kind, headers), () => undefined)
    expect(rows.map((r) => [r.rowNumber, r.status, r.reasons])).toEqual([
      [2, 'refused', ['B2（统一社会信用代码）：单元格标为数字，内容却是“91120116MA05T8QK23”']],
      [3, 'refused', ['单元格位置“ZZZZ3”无效，无法确定它在哪一列']],
      [4, 'ok', []],
      [5, 'refused', ['企业名称是逻辑值 TRUE，不是文字']],
    ])
  })
})

describe('checking in slices', () => {
  it('checks a given number of rows per step and reports how far it is', () => {
    const rows: CellValue[][] = [['企业名称'], ['甲'], [], ['乙'], ['丙']]
    const checker = new ImportChecker(kind, { rows, issues: [] }, 0, ['name'], () => undefined)
    checker.step(2)
    expect(checker.results.map((r) => r.title)).toEqual(['甲'])
    expect(checker.fraction).toBe(0.5)
    expect(checker.done).toBe(false)
    checker.step(2)
    expect(checker.results.map((r) => r.title)).toEqual(['甲', '乙', '丙'])
    expect(checker.done).toBe(true)
  })
})

describe('the report of refused rows', () => {
  it('gives back the original columns beside the reason, and imports again once fixed', () => {
    const header = ['序号', '企业名称', '信用代码', '所在区', '发明专利', '登记日期', '是否会员']
    const rows: CellValue[][] = [
      header,
      [1, '天津甲公司', '914403001922038217', '河西', 3, new Date(2023, 2, 15), true],
      [2, null, null, '海淀区', null, null, null],
    ]
    const mapping = autoMapColumns(kind, header)
    const refused = checkImportRows(kind, { rows, issues: [] }, 0, mapping, () => undefined)
    const report = importReportSheet(header, refused)
    expect(report.headers).toEqual(['原行号', '未导入原因', ...header])
    expect(report.rows).toEqual([
      [
        { value: 2, type: 'number' },
        { value: '统一社会信用代码校验位不正确，请核对', type: 'text' },
        { value: 1, type: 'number' },
        { value: '天津甲公司', type: 'text' },
        { value: '914403001922038217', type: 'text' },
        { value: '河西', type: 'text' },
        { value: 3, type: 'number' },
        { value: '2023-03-15', type: 'text' },
        { value: 'TRUE', type: 'text' },
      ],
      [
        { value: 3, type: 'number' },
        {
          value:
            '所属区“海淀区”不在可选范围内（可选：天津市 16 个区，如“和平区”“滨海新区”）；请填写企业名称',
          type: 'text',
        },
        { value: 2, type: 'number' },
        ...[null, null, '海淀区', null, null, null].map((v) => ({ value: v ?? '', type: 'text' })),
      ],
    ])
    // The added columns match no field: the report maps like the original file.
    expect(autoMapColumns(kind, report.headers)).toEqual([null, null, ...mapping])
    const fixed = report.rows.map((r) => r.map((c) => c.value))
    const fixedFirst = fixed[0] ?? []
    fixedFirst[4] = '914403001922038216'
    const again = checkImportRows(
      kind,
      { rows: [report.headers, fixedFirst], issues: [] },
      0,
      autoMapColumns(kind, report.headers),
      () => undefined,
    )
    expect(again.map((r) => [r.status, r.data?.name, r.data?.district])).toEqual([
      ['ok', '天津甲公司', '河西区'],
    ])
  })

  it('exports a child with its parent’s name and a workflow state by its name', () => {
    const sheet = recordsToSheet(
      KINDS.followUp,
      [{ ...KINDS.followUp.empty(), parentId: 'e1', content: '寄送政策材料', state: 'doing' }],
      (target, id) => (target === 'enterprise' && id === 'e1' ? '天津甲公司' : undefined),
    )
    const cell = (header: string) => sheet.rows[0]?.[sheet.headers.indexOf(header)]?.value
    expect(cell('所属企业')).toBe('天津甲公司')
    expect(cell('事项内容')).toBe('寄送政策材料')
    expect(cell('状态')).toBe('进行中')
    expect(sheet.headers).not.toContain('顺序')
  })
})
