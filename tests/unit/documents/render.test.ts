import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import {
  validateDefinition,
  type DocumentDefinition,
  type DocumentDefinitionInput,
} from '../../../shared/documents/definition'
import { definitionJsonSchema } from '../../../shared/documents/definitionJsonSchema'
import { imprintPlacement, renderDocx } from '../../../shared/documents/render'

function definitionOf(input: DocumentDefinitionInput): DocumentDefinition {
  const result = validateDefinition(input)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.definition
}

function example(name: string): DocumentDefinition {
  return definitionOf(
    JSON.parse(
      readFileSync(new URL(`../../../examples/${name}.json`, import.meta.url), 'utf8'),
    ) as DocumentDefinitionInput,
  )
}

async function partsOf(definition: DocumentDefinition): Promise<Record<string, string>> {
  const files = unzipSync(await renderDocx(definition))
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
      .map(([name, bytes]) => [name, strFromU8(bytes)]),
  )
}

/** The text of a WordprocessingML part, run by run, paragraphs on their own lines. */
function textOf(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

const base: DocumentDefinitionInput = {
  issuers: ['天津市知识产权局'],
  documentNumber: '津知发〔2026〕1号',
  title: '关于开展专项行动的通知',
  mainRecipients: '各区知识产权局',
  body: [{ type: 'p', text: '正文。' }],
  date: '2026-11-25',
}

/** Well-formed XML (the docx package escapes text, so a malformed part shows as a bad character). */
function isWellFormed(xml: string): boolean {
  // Characters XML 1.0 cannot hold at all, and a lone surrogate.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])/.test(
    xml,
  )
}

describe('the produced document', () => {
  it('closes a heading followed by run-in text with 。', async () => {
    const parts = await partsOf(
      definitionOf({
        ...base,
        body: [{ type: 'h3', text: '建立工作专班', run: '由分管领导牵头，每月会商一次。' }],
      }),
    )
    expect(textOf(parts['word/document.xml'] ?? '')).toContain(
      '1.建立工作专班。由分管领导牵头，每月会商一次。',
    )
  })

  it('keeps every part well-formed, the metadata too, whatever was pasted into the text', async () => {
    const parts = await partsOf(
      definitionOf({
        ...base,
        title: '关于\uffff开展\u202e反向\u202c专项行动\ufffe的通知\ud800',
        body: [{ type: 'p', text: '正文\u200b第一行\u000b第二行\u0007。' }],
      }),
    )
    for (const [name, xml] of Object.entries(parts)) expect(isWellFormed(xml), name).toBe(true)
    expect(parts['docProps/core.xml']).toContain('<dc:title>关于开展反向专项行动的通知</dc:title>')
    expect(textOf(parts['word/document.xml'] ?? '')).toContain('正文第一行\n第二行。')
  })

  it('has an A4 page with the GB/T 9704 margins and 3号 仿宋 narrowed to 28 characters a line', async () => {
    const parts = await partsOf(example('file-notice'))
    const document = parts['word/document.xml'] ?? ''
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>')
    expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/)
    const styles = parts['word/styles.xml'] ?? ''
    expect(styles).toContain('w:eastAsia="仿宋_GB2312"')
    expect(styles).toMatch(/<w:spacing w:val="-5"\/>/)
    expect(styles).toContain('<w:sz w:val="32"/>')
    // Exact 28.95 pt lines: 22 a page.
    expect(document).toContain('w:line="579" w:lineRule="exact"')
  })

  it('sets the mark in red 小标宋, the title in 2号 and the headings in their fonts, each number once', async () => {
    const parts = await partsOf(example('file-notice'))
    const document = parts['word/document.xml'] ?? ''
    expect(document).toMatch(
      /方正小标宋简体[^]*?<w:color w:val="FF0000"\/>[^]*?天津市知识产权局文件/,
    )
    expect(document).toMatch(/<w:sz w:val="44"\/>[^]*?关于开展2023年度知识产权/)
    const text = textOf(document)
    expect(text).toContain('关于开展2023年度知识产权\n服务民营企业专项行动的通知')
    expect(text).toContain('津知发〔2023〕5号')
    expect(text).toContain('各区知识产权局，各有关单位：')
    expect(text).toContain('一、总体要求')
    expect(text).toContain('（一）健全服务民营经济机制。市区两级')
    expect(text).toContain('1.开展联合调研。')
    expect(text).toContain('（2）办结后10个工作日内')
    expect(text).not.toMatch(/一、一、|（一）（一）|1\.1\./)
    expect(document).toMatch(/w:eastAsia="黑体"[^]*?一、总体要求/)
    expect(document).toMatch(/w:eastAsia="楷体_GB2312"[^]*?（一）健全服务民营经济机制/)
    expect(text).toContain('附件：1.专项行动联络员名单\n2.民营企业知识产权诉求登记表（样表）')
    expect(text).toContain('2023年3月23日')
    expect(text).toContain('（联系人：张某某，联系电话：022-12345678）')
    expect(text).toContain('抄送：天津市工商业联合会，各区人民政府办公室。')
    expect(text).toContain('2023年3月24日印发')
  })

  it('repeats a table header row on every page and keeps the table inside the type area', async () => {
    const document = (await partsOf(example('file-notice')))['word/document.xml'] ?? ''
    expect(document).toContain('<w:tblHeader/>')
    const grids = [...document.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((match) =>
      [...(match[1] ?? '').matchAll(/w:w="(\d+)"/g)].reduce(
        (sum, width) => sum + Number(width[1]),
        0,
      ),
    )
    expect(grids.length).toBeGreaterThan(0)
    for (const width of grids) expect(width).toBeLessThanOrEqual(8845)
  })

  it('numbers pages "— N —" in 宋体 on the right of odd pages and the left of even ones', async () => {
    const parts = await partsOf(example('file-notice'))
    expect(parts['word/settings.xml']).toContain('<w:evenAndOddHeaders/>')
    const footers = Object.entries(parts).filter(([name]) => name.startsWith('word/footer'))
    const numbered = footers.filter(([, xml]) => xml.includes('PAGE'))
    expect(numbered).toHaveLength(2)
    const alignments = numbered.map(([, xml]) => /<w:jc w:val="(\w+)"\/>/.exec(xml)?.[1]).sort()
    expect(alignments).toEqual(['left', 'right'])
    for (const [, xml] of numbered) {
      expect(xml).toContain('w:eastAsia="宋体"')
      expect(xml).toContain('<w:sz w:val="28"/>')
      expect(textOf(xml)).toMatch(/— .*PAGE.* —/)
    }
  })

  it('keeps any text a user can paste intact, dropping only what XML cannot hold', async () => {
    const pasted = 'A&B <公司> "引号" \'单引号\' 😀 \u0001\u0008控制符 ' + '无标点'.repeat(400)
    const parts = await partsOf(
      definitionOf({
        ...base,
        title: '关于<测试>&“特殊”字符的通知',
        body: [
          { type: 'p', text: pasted },
          { type: 'h1', text: 'x'.repeat(3000) },
        ],
      }),
    )
    const text = textOf(parts['word/document.xml'] ?? '')
    expect(text).toContain('A&B <公司> "引号" \'单引号\' 😀 控制符 无标点无标点')
    expect(text).toContain('关于<测试>&“特殊”字符的通知')
    expect(text).toContain('x'.repeat(3000))
    expect(parts['word/document.xml']).not.toContain('\u0001')
    expect(parts['word/document.xml']).not.toContain('\u0008')
  })

  it('maps the fonts to those every Chinese Windows has in system-font mode', async () => {
    const parts = await partsOf(definitionOf({ ...base, options: { fonts: 'system' } }))
    const all = Object.values(parts).join('')
    expect(all).not.toContain('仿宋_GB2312')
    expect(all).not.toContain('方正小标宋简体')
    expect(all).toContain('w:eastAsia="仿宋"')
  })

  it('stacks joint issuers with 文件 beside them, and puts the 上行文 number left with 签发人 right', async () => {
    const joint = textOf((await partsOf(example('joint-notice')))['word/document.xml'] ?? '')
    expect(joint).toContain('天津市知识产权局\n天津市工商业联合会\n文件')
    const upward = (await partsOf(example('upward-report')))['word/document.xml'] ?? ''
    expect(textOf(upward)).toContain('津知报〔2023〕3号\t签发人：李某某')
    expect(upward).toMatch(/w:eastAsia="楷体_GB2312"[^<]*\/>(<[^>]+>)*李某某/)
  })

  it('floats the 版记 onto the foot of the page, with thick outer and thin inner rules', async () => {
    const document = (await partsOf(example('file-notice')))['word/document.xml'] ?? ''
    const float = /<w:tblpPr [^>]*>/.exec(document)?.[0] ?? ''
    // The last rule on the type area's bottom edge: two rows of 579 twips above 225 mm.
    expect(float).toContain(`w:tblpY="${String(12756 - 2 * 579)}"`)
    expect(float).toContain('w:vertAnchor="margin"')
    expect(document).toMatch(/<w:tblBorders><w:top w:val="single" w:color="000000" w:sz="8"\/>/)
    expect(document).toMatch(/<w:insideH w:val="single" w:color="000000" w:sz="6"\/>/)
  })

  it('lays out the letter format in the first page header and footer, without a page number there', async () => {
    const parts = await partsOf(example('letter'))
    expect(parts['word/document.xml']).toContain('<w:titlePg/>')
    const header = Object.entries(parts).find(([name]) => name.startsWith('word/header'))?.[1] ?? ''
    expect(textOf(header)).toContain('天津市知识产权局')
    expect(header).toContain('thickThinSmallGap')
    expect(textOf(header)).toContain('000003\t津知函〔2023〕18号')
    const footers = Object.entries(parts).filter(([name]) => name.startsWith('word/footer'))
    expect(
      footers.some(([, xml]) => xml.includes('thickThinSmallGap') && !xml.includes('PAGE')),
    ).toBe(true)
  })

  it('writes the attendance of minutes with 黑体 labels', async () => {
    const document = (await partsOf(example('minutes')))['word/document.xml'] ?? ''
    const text = textOf(document)
    expect(text).toContain('会商会纪要')
    expect(text).toContain('出席：市知识产权局 张某某、李某某，市工商联 王某某、刘某某')
    expect(text).toContain('请假：市工商联 陈某某（公务）')
    expect(text).toContain('列席：')
    expect(document).toMatch(/w:eastAsia="黑体"[^]*?出席：/)
  })

  it('starts each attachment with a body on a new page labelled 附件 in 黑体', async () => {
    const document = (await partsOf(example('joint-notice')))['word/document.xml'] ?? ''
    expect(document).toMatch(
      /<w:br w:type="page"\/><\/w:r><w:r>(<[^>]+>)*?<w:rFonts[^>]*黑体[^]*?>附件</,
    )
  })
})

describe('版记 placement', () => {
  const simplex = definitionOf(base)
  const duplex = definitionOf({ ...base, options: { duplex: true } })

  it('keeps the 版记 on the last page when it fits, else on the next page', () => {
    expect(imprintPlacement(simplex, { page: 1, line: 10 }, 2)).toBe('same-page')
    expect(imprintPlacement(simplex, { page: 1, line: 20 }, 2)).toBe('next-page')
    expect(imprintPlacement(simplex, { page: 1, line: 10 }, 0)).toBe('none')
  })

  it('puts it on an even page for double-sided printing, in a section starting on an even page unless surely there', () => {
    expect(imprintPlacement(duplex, { page: 2, line: 10 }, 2)).toBe('same-page')
    expect(imprintPlacement(duplex, { page: 1, line: 10 }, 2)).toBe('even-page')
    expect(imprintPlacement(duplex, { page: 3, line: 21 }, 2)).toBe('even-page')
    expect(imprintPlacement(duplex, { page: 2, line: 20 }, 2)).toBe('even-page')
    // Near the top of an even page the text might really end on the odd page before it.
    expect(imprintPlacement(duplex, { page: 2, line: 2 }, 2)).toBe('even-page')
    // On a long document the estimate's drift is larger.
    expect(imprintPlacement(duplex, { page: 20, line: 8 }, 2)).toBe('even-page')
  })

  it('gives the blank page and the 版记 page no page number', async () => {
    const parts = await partsOf(
      definitionOf({ ...base, copyTo: ['市工商联'], options: { duplex: true } }),
    )
    const document = parts['word/document.xml'] ?? ''
    // Two sections: the text's, and the 版记's own with footers that hold no PAGE field.
    const sections = [...document.matchAll(/<w:sectPr>.*?<\/w:sectPr>/g)].map((match) => match[0])
    expect(sections).toHaveLength(2)
    expect(sections[1]).toContain('<w:type w:val="evenPage"/>')
    const lastFooters = [
      ...(sections[1] ?? '').matchAll(/<w:footerReference [^>]*r:id="(\w+)"/g),
    ].map((m) => m[1])
    const relations = parts['word/_rels/document.xml.rels'] ?? ''
    for (const id of lastFooters) {
      const target = new RegExp(`Id="${id ?? ''}"[^>]*Target="([^"]+)"`).exec(relations)?.[1] ?? ''
      expect(parts[`word/${target}`]).not.toContain('PAGE')
    }
    expect(lastFooters.length).toBeGreaterThan(0)
  })
})

describe('the definition JSON Schema', () => {
  it('is committed as generated from the zod schema', () => {
    const committed: unknown = JSON.parse(
      readFileSync(
        new URL('../../../shared/documents/definition.schema.json', import.meta.url),
        'utf8',
      ),
    )
    expect(committed).toEqual(definitionJsonSchema())
  })
})

describe('edge cases found in review', () => {
  const eight = [
    '天津市知识产权局',
    '天津市工商业联合会',
    '天津市市场监督管理局',
    '天津市科学技术局',
    '天津市商务局',
    '天津市司法局',
    '天津市财政局',
    '天津市人力资源和社会保障局',
  ]

  it('shrinks a mark of many joint issuers so the title stays on page 1', async () => {
    const document =
      (await partsOf(definitionOf({ ...base, issuers: eight })))['word/document.xml'] ?? ''
    const sizes = [
      ...document.matchAll(
        /<w:color w:val="FF0000"\/><w:spacing w:val="-5"\/><w:sz w:val="(\d+)"\/>/g,
      ),
    ].map((m) => Number(m[1]))
    expect(sizes.length).toBeGreaterThan(0)
    // 70 mm for eight stacked lines of 1.5 times the size: at most 16.5 pt.
    for (const size of sizes) expect(size).toBeLessThanOrEqual(33)
  })

  it('puts sealed joint names at most three to a row, fewer when they are long', async () => {
    const document =
      (await partsOf(definitionOf({ ...base, issuers: eight, sealed: true })))[
        'word/document.xml'
      ] ?? ''
    const grids = [...document.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map(
      (match) => [...(match[1] ?? '').matchAll(/<w:gridCol /g)].length,
    )
    // The mark's table has two columns; the seal table two (names up to 13 characters).
    expect(grids).toContain(2)
    expect(Math.max(...grids)).toBeLessThanOrEqual(3)
  })

  it('lines up later 签发人 under the first ones with left tab stops', async () => {
    const document =
      (
        await partsOf(
          definitionOf({ ...base, signers: ['张三', '李四四', '王五', '赵六六', '钱七'] }),
        )
      )['word/document.xml'] ?? ''
    const text = textOf(document)
    expect(text).toContain('\t签发人：张三\t李四四')
    expect(text).toContain('\t\t王五\t赵六六')
    expect(text).toContain('津知发〔2026〕1号\t\t钱七')
    expect(document).toMatch(/<w:tab w:val="left" w:pos="\d+"\/><w:tab w:val="left"/)
  })

  it('gives a long printer name as many lines as it needs, and prints a date without a printer', async () => {
    const long = '中华人民共和国国家知识产权局天津市知识产权保护中心办公室综合处'
    const document =
      (await partsOf(definitionOf({ ...base, printer: long, printDate: '2023-12-31' })))[
        'word/document.xml'
      ] ?? ''
    expect(document).toMatch(new RegExp(`<w:trHeight w:val="${String(2 * 579)}" w:hRule="exact"/>`))
    const dateOnly = textOf(
      (await partsOf(definitionOf({ ...base, printDate: '2023-12-31' })))['word/document.xml'] ??
        '',
    )
    expect(dateOnly).toContain('2023年12月31日印发')
  })

  it('starts the 版记 on the next page with an empty paragraph, not a page break of its own', async () => {
    // Ten lines of head, title, blank line and recipients, five of text and three of signature:
    // the text ends on line 21 and the 版记 goes to the next page.
    const body = [{ type: 'p' as const, text: '字'.repeat(26 + 4 * 28) }]
    const document =
      (await partsOf(definitionOf({ ...base, body, copyTo: ['市工商联'] })))['word/document.xml'] ??
      ''
    expect(document).not.toContain('<w:br w:type="page"/>')
    expect(document).toMatch(/<w:pageBreakBefore\/>.*<w:tblpPr/)
  })
})
