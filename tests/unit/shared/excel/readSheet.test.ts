import { deflateSync, strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import writeExcelFile from 'write-excel-file/node'
import { columnName, parseCellRef } from '../../../../shared/excel/reader/cellRef'
import { dateFromSerial } from '../../../../shared/excel/reader/cellValue'
import { readSheet } from '../../../../shared/excel/reader/readSheet'
import { SheetReadError } from '../../../../shared/excel/reader/sheetReadError'
import { SHEET_LIMITS } from '../../../../shared/excel/reader/limits'
import {
  bombSize,
  buildZip,
  cell,
  deflateBomb,
  row,
  sharedStringsXml,
  simpleXlsx,
  workbookParts,
  worksheetXml,
} from '../../../fixtures/xlsx'

/**
 * Times are loose bounds (this machine is shared and often loaded): an unbounded read of these
 * files takes minutes or runs out of memory. How much of the file was read is the exact measure.
 */
function timed<T>(read: () => T): { result: T; ms: number } {
  const started = performance.now()
  const result = read()
  return { result, ms: performance.now() - started }
}

/** The Chinese message a file is refused with, how long it took and how much was inflated. */
function refusal(bytes: Uint8Array): { message: string; ms: number; fractionRead: number } {
  const started = performance.now()
  let fractionRead = 0
  try {
    readSheet(bytes, {
      onProgress: ({ fraction }) => {
        fractionRead = fraction
      },
    })
  } catch (error) {
    if (!(error instanceof SheetReadError)) throw error
    return { message: error.message, ms: performance.now() - started, fractionRead }
  }
  throw new Error('the file was not refused')
}

const CAP_ADVICE =
  '超过导入上限（最多 200,000 行、200 列，即 A 到 GR 列），未导入；请删除多余的行和列，或拆分文件后再导入'

describe('reading an ordinary workbook', () => {
  it('reads shared strings, numbers, booleans, inline strings and skipped cells', () => {
    const sheet = worksheetXml(
      row(1, [cell('A1', 0, 's'), cell('B1', 1, 's'), cell('C1', '备注')]) +
        row(2, [cell('A2', 2, 's'), cell('C2', 42), cell('D2', true)]) +
        '<row r="4"><c r="B4" t="str"><f>A2&amp;"x"</f><v>公式结果</v></c></row>',
      'A1:D4',
    )
    const bytes = buildZip(
      workbookParts(sheet, {
        sharedStrings: sharedStringsXml(['企业名称', '所属区', '天津甲公司']),
      }),
    )
    expect(readSheet(bytes)).toEqual({
      rows: [
        ['企业名称', '所属区', '备注'],
        ['天津甲公司', null, 42, true],
        [],
        [null, '公式结果'],
      ],
      issues: [],
    })
  })

  it('reads what write-excel-file writes (sizes only in data descriptors) as read-excel-file would', async () => {
    const rows = [
      ['企业名称', '统一社会信用代码', '发明专利'],
      ['天津甲公司', '914403001922038216', 3],
      ['天津乙公司 & <丙>', '', 0],
    ]
    const bytes = new Uint8Array(await writeExcelFile(rows).toBuffer())
    const { readSheet: reference } = await import('read-excel-file/node')
    expect(readSheet(bytes).rows).toEqual(await reference(Buffer.from(bytes)))
    expect(readSheet(bytes).rows[2]).toEqual(['天津乙公司 & <丙>', null, 0])
  })

  it('reads rich text runs without their phonetic guide, CDATA, entities and _xHHHH_ escapes', () => {
    const strings =
      '<sst><si><r><t>天津</t></r><r><rPr><b/></rPr><t>甲</t></r><rPh><t>ジア</t></rPh></si>' +
      '<si><t><![CDATA[<乙> & 丙]]></t></si><si><t>第一行_x000D__x000A_第二行_x005F_x0041_&#x4E01;</t></si></sst>'
    const sheet = worksheetXml(row(1, [cell('A1', 0, 's'), cell('B1', 1, 's'), cell('C1', 2, 's')]))
    expect(readSheet(buildZip(workbookParts(sheet, { sharedStrings: strings }))).rows).toEqual([
      ['天津甲', '<乙> & 丙', '第一行\r\n第二行_x0041_丁'],
    ])
  })

  it('reads cells without references, prefixed element names and a UTF-8 byte order mark', () => {
    const sheet =
      '\ufeff<?xml version="1.0"?><x:worksheet xmlns:x="m"><x:sheetData>' +
      '<x:row><x:c t="inlineStr"><x:is><x:t>甲</x:t></x:is></x:c><x:c><x:v>1</x:v></x:c></x:row>' +
      '<x:row><x:c/><x:c t="inlineStr"><x:is><x:t>乙</x:t></x:is></x:c></x:row>' +
      '</x:sheetData></x:worksheet>'
    expect(readSheet(buildZip(workbookParts(sheet))).rows).toEqual([
      ['甲', 1],
      [null, '乙'],
    ])
  })

  it('reads a zip64 directory', () => {
    const sheet = worksheetXml(row(1, [cell('A1', '天津甲公司'), cell('B1', 7)]))
    expect(readSheet(buildZip(workbookParts(sheet), { zip64: true })).rows).toEqual([
      ['天津甲公司', 7],
    ])
  })

  it('reads a UTF-16 sheet', () => {
    const text = worksheetXml(row(1, [cell('A1', '天津甲公司'), cell('B1', 7)]))
    const bytes = new Uint8Array(2 + text.length * 2)
    bytes.set([0xff, 0xfe])
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8
    }
    expect(readSheet(buildZip(workbookParts({ content: bytes }))).rows).toEqual([['天津甲公司', 7]])
  })

  it('reads date-formatted numbers as dates, in both date systems', () => {
    const styles =
      '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>' +
      '<numFmt numFmtId="165" formatCode="0.00&quot;天&quot;"/></numFmts>' +
      '<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>'
    const sheet = worksheetXml(
      row(1, [
        '<c r="A1" s="1"><v>45000</v></c>',
        '<c r="B1" s="2"><v>45000.5</v></c>',
        '<c r="C1" s="3"><v>45000</v></c>',
        '<c r="D1" t="d"><v>2023-03-15</v></c>',
      ]),
    )
    const [first] = readSheet(buildZip(workbookParts(sheet, { styles }))).rows
    expect(first?.[0]).toEqual(new Date(2023, 2, 15))
    expect(first?.[1]).toEqual(new Date(2023, 2, 15, 12))
    expect(first?.[2]).toBe(45000)
    expect(first?.[3]).toEqual(new Date(2023, 2, 15))
    const in1904 = readSheet(buildZip(workbookParts(sheet, { styles, date1904: true }))).rows
    expect(in1904[0]?.[0]).toEqual(new Date(2027, 2, 16))
  })
})

describe('refusing a file past a cap, quickly and by name', () => {
  it('refuses one value at XFD1048576 by the declared dimension, before reading a cell', () => {
    const bytes = buildZip(
      workbookParts(worksheetXml(row(1048576, [cell('XFD1048576', 1)]), 'A1:XFD1048576')),
    )
    expect(bytes.length).toBeLessThan(2000)
    const { message, ms } = refusal(bytes)
    expect(message).toBe(`工作表的范围是 A1:XFD1048576，${CAP_ADVICE}`)
    expect(ms).toBeLessThan(1000)
  })

  it('refuses a far value when the sheet declares no dimension', () => {
    const sheet = worksheetXml(row(1, [cell('A1', '企业名称'), cell('XFD1', '远处')]))
    const { message, ms } = refusal(buildZip(workbookParts(sheet)))
    expect(message).toBe(`单元格 XFD1 有内容，${CAP_ADVICE}`)
    expect(ms).toBeLessThan(1000)
  })

  it('reads 200 columns and refuses 201', () => {
    const cells = (count: number) => Array.from({ length: count }, (_, c) => `<c><v>${c}</v></c>`)
    const ok = readSheet(buildZip(workbookParts(worksheetXml(row(1, cells(200))))))
    expect(ok.rows[0]).toHaveLength(200)
    const { message } = refusal(buildZip(workbookParts(worksheetXml(row(1, cells(201))))))
    expect(message).toBe(`单元格 GS1 有内容，${CAP_ADVICE}`)
  })

  it('refuses a zip bomb of 100 MB of empty rows (0.7 MB) at row 200,001, not after 100 MB', () => {
    const pattern = '<row/>'
    const size = bombSize(pattern, 100 * 1024 * 1024)
    // The sheet part is the bomb itself: rows that never close <sheetData>.
    const bytes = buildZip(
      workbookParts({ content: '', deflated: deflateBomb(pattern, size), declaredSize: size }),
    )
    expect(bytes.length).toBeLessThan(1024 * 1024)
    const { message, ms, fractionRead } = refusal(bytes)
    expect(message).toBe(`工作表有第 200,001 行，${CAP_ADVICE}`)
    // 200,001 rows of "<row/>" are 1.2 MB of the 100 MB.
    expect(fractionRead).toBeLessThan(0.03)
    expect(ms).toBeLessThan(3000)
  })

  it('refuses a part that declares a huge size before inflating anything', () => {
    const bytes = buildZip(
      workbookParts({ content: worksheetXml(row(1, [cell('A1', 1)])), declaredSize: 0xfffffff0 }),
    )
    const { message, ms, fractionRead } = refusal(bytes)
    expect(message).toBe(
      '文件解压后超过 300 MB（导入上限），未导入；请删除无关的工作表、图片或拆分文件后再导入',
    )
    expect(fractionRead).toBe(0)
    expect(ms).toBeLessThan(1000)
  })

  it('stops a part whose declared size lies as soon as it inflates past it', () => {
    const pattern = '<row/>'
    const size = bombSize(pattern, 100 * 1024 * 1024)
    const bytes = buildZip(
      workbookParts({ content: '', deflated: deflateBomb(pattern, size), declaredSize: 1000 }),
    )
    const { message, ms, fractionRead } = refusal(bytes)
    expect(message).toBe(
      '文件中“xl/worksheets/sheet1.xml”解压后比它声明的大小更大，文件已损坏或是被刻意构造的，未导入',
    )
    // Stopped in the first 16 KB pushed to the inflater.
    expect(fractionRead).toBe(0)
    expect(ms).toBeLessThan(1000)
  })

  it('refuses a cell of more than 1,000,000 characters without reading it whole', () => {
    const long = 'a'.repeat(SHEET_LIMITS.cellChars + 1)
    const inline = buildZip(workbookParts(worksheetXml(row(1, [cell('A1', 1), cell('B1', long)]))))
    const { message, ms } = refusal(inline)
    expect(message).toBe(
      '单元格 B1 的文字超过 1,000,000 个字符（导入上限；Excel 单元格最多 32,767 个字符），文件可能已损坏或是被刻意构造的，未导入',
    )
    expect(ms).toBeLessThan(2000)
    const shared = buildZip(
      workbookParts(worksheetXml(row(1, [cell('A1', 0, 's')])), {
        sharedStrings: sharedStringsXml([long]),
      }),
    )
    expect(refusal(shared).message).toContain('文件中有一个单元格的文字超过 1,000,000 个字符')
  })

  it('refuses a file larger than 30 MB before opening it', () => {
    const { message } = refusal(new Uint8Array(SHEET_LIMITS.fileBytes + 1))
    expect(message).toBe('文件超过 30 MB（导入上限），请拆分后再导入')
  })

  it('refuses a DTD, so no entity can expand', () => {
    const sheet =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>' +
      worksheetXml(row(1, [cell('A1', '&lol2;')])).replace(/^<\?xml[^>]*\?>\n?/, '')
    expect(refusal(buildZip(workbookParts(sheet))).message).toBe(
      '文件中“xl/worksheets/sheet1.xml”含有 Excel 不会写入的 DTD 声明（<!DOCTYPE>），为安全起见不予读取',
    )
  })
})

describe('refusing what is not a readable workbook, in Chinese', () => {
  it.each([
    ['an empty file', new Uint8Array(0), '文件是空的'],
    [
      'a text file',
      strToU8('企业名称,所属区\n甲,河西区'),
      '无法读取该文件：它不是 Excel 工作簿（.xlsx），或已损坏',
    ],
    [
      'an old .xls or a password-protected workbook',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      '该文件是旧版 .xls 工作簿或设置了打开密码的 Excel 文件，无法读取；请在 Excel 或 WPS 中取消密码并另存为 .xlsx 后再导入',
    ],
    [
      'a cut-off download',
      simpleXlsx([['企业名称'], ['甲']]).subarray(0, 300),
      '无法读取该文件：文件已损坏（压缩包目录不完整）',
    ],
    [
      'a zip without a workbook',
      zipSync({ 'readme.txt': strToU8('hello') }),
      '无法读取该文件：它不是 Excel 工作簿（.xlsx），或已损坏',
    ],
    [
      'a sheet whose compressed data is damaged',
      buildZip(workbookParts({ content: '', deflated: new Uint8Array([0xff, 0xff, 0xff, 0xff]) })),
      '无法读取该文件：文件已损坏（“xl/worksheets/sheet1.xml”无法解压）',
    ],
    [
      'a sheet whose compressed data stops half way',
      buildZip(
        workbookParts({
          content: '',
          deflated: deflateSync(
            strToU8(worksheetXml(row(1, [cell('A1', 'x'.repeat(5000))]))),
          ).subarray(0, 40),
        }),
      ),
      '无法读取该文件：文件已损坏（“xl/worksheets/sheet1.xml”无法解压）',
    ],
    [
      'a sheet whose XML stops half way',
      buildZip(workbookParts('<worksheet><sheetData><row r="1"><c r="A1"')),
      '无法读取该文件：“xl/worksheets/sheet1.xml”的 XML 结构不完整，文件可能已损坏',
    ],
  ])('%s', (_, bytes, expected) => {
    expect(refusal(bytes).message).toBe(expected)
  })
})

describe('an odd cell becomes an issue of its row, not a refusal of the file', () => {
  it('reports t="n" holding text, an error value, a bad shared string index and odd booleans', () => {
    const sheet = worksheetXml(
      row(1, [cell('A1', '企业名称'), cell('B1', '统一社会信用代码')]) +
        row(2, [cell('A2', '天津甲公司'), cell('B2', '91120116MA05T8QK23', 'n')]) +
        row(3, [cell('A3', '#N/A', 'e'), cell('B3', 99, 's')]) +
        row(4, [cell('A4', 'yes', 'b'), cell('B4', '1', 'weird')]),
    )
    const { result, ms } = timed(() => readSheet(buildZip(workbookParts(sheet))))
    expect(ms).toBeLessThan(1000)
    expect(result.rows).toEqual([['企业名称', '统一社会信用代码'], ['天津甲公司']])
    expect(result.issues).toEqual([
      { row: 2, column: 1, ref: 'B2', message: '单元格标为数字，内容却是“91120116MA05T8QK23”' },
      { row: 3, column: 0, ref: 'A3', message: '单元格是错误值 #N/A' },
      { row: 3, column: 1, ref: 'B3', message: '单元格引用的共享字符串（第 99 项）不存在' },
      { row: 4, column: 0, ref: 'A4', message: '单元格标为逻辑值，内容却是“yes”' },
      { row: 4, column: 1, ref: 'B4', message: '单元格类型“weird”无法识别' },
    ])
  })

  it('reports references Excel cannot hold (A0, ZZZZ1) against the row they sit in', () => {
    const sheet = worksheetXml(
      row(1, [cell('A1', '企业名称')]) +
        row(2, [cell('A2', '天津甲公司'), cell('A0', '零')]) +
        row(3, [cell('A3', '天津乙公司'), cell('ZZZZ3', '远')]),
    )
    const result = readSheet(buildZip(workbookParts(sheet)))
    expect(result.rows).toEqual([['企业名称'], ['天津甲公司'], ['天津乙公司']])
    expect(result.issues).toEqual([
      { row: 2, column: null, ref: 'A0', message: '单元格位置“A0”无效，无法确定它在哪一列' },
      { row: 3, column: null, ref: 'ZZZZ3', message: '单元格位置“ZZZZ3”无效，无法确定它在哪一列' },
    ])
  })

  it('gives up on a file with more than 10,000 unreadable cells', () => {
    const cells = Array.from({ length: 10_001 }, (_, i) => `<c r="A${i + 1}" t="n"><v>x</v></c>`)
    expect(refusal(buildZip(workbookParts(worksheetXml(cells.join(''))))).message).toBe(
      '文件中有超过 10,000 个单元格无法读取，文件可能已损坏，未导入',
    )
  })
})

describe('cell references and dates', () => {
  it('parses references within Excel’s bounds and names columns', () => {
    expect(parseCellRef('B3')).toEqual({ row: 3, column: 1 })
    expect(parseCellRef('$XFD$1048576')).toEqual({ row: 1048576, column: 16383 })
    expect(['A0', 'ZZZZ1', 'XFE1', 'A1048577', '3B', 'A', '', 'A1:B2'].map(parseCellRef)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ])
    expect([0, 25, 26, 199, 16383].map(columnName)).toEqual(['A', 'Z', 'AA', 'GR', 'XFD'])
  })

  it('turns serials into dates across the 1900 leap-year bug and in the 1904 system', () => {
    expect(dateFromSerial(1, false)).toEqual(new Date(1900, 0, 1))
    expect(dateFromSerial(59, false)).toEqual(new Date(1900, 1, 28))
    expect(dateFromSerial(61, false)).toEqual(new Date(1900, 2, 1))
    expect(dateFromSerial(45000.25, false)).toEqual(new Date(2023, 2, 15, 6))
    expect(dateFromSerial(0, true)).toEqual(new Date(1904, 0, 1))
  })

  it('counts a value outside any row as row 1', () => {
    const sheet = worksheetXml('<c r="A0"><v>1</v></c>' + row(2, [cell('A2', '甲')]))
    expect(readSheet(buildZip(workbookParts(sheet))).issues).toEqual([
      { row: 1, column: null, ref: 'A0', message: '单元格位置“A0”无效，无法确定它在哪一列' },
    ])
  })
})
