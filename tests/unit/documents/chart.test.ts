import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { chartSvg, CHART_SCALE } from '../../../shared/documents/chart'
import {
  validateDefinition,
  type DocumentDefinition,
  type DocumentDefinitionInput,
} from '../../../shared/documents/definition'
import { estimateDocumentEnd, renderDocx } from '../../../shared/documents/render'
import { rasterizeSvg } from '../../../scripts/gongwen/rasterizeSvg'
import {
  draftFromDefinition,
  toDefinitionInput,
} from '../../../renderer/features/documents/draft/documentDraft'

const chart = {
  type: 'chart' as const,
  title: '图1 走访企业按区分布',
  categories: ['和平区', '滨海新区', '南开区'],
  values: [5, 3, 2],
}

const base: DocumentDefinitionInput = {
  issuers: ['天津市知识产权局'],
  title: '关于联合调研情况的报告',
  body: [{ type: 'p', text: '现将调研情况报告如下。' }, chart],
  date: '2026-12-07',
}

function definitionOf(input: DocumentDefinitionInput): DocumentDefinition {
  const result = validateDefinition(input)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.definition
}

const problemsOf = (block: unknown) => {
  const result = validateDefinition({ ...base, body: [block] })
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`)
}

/** A PNG's size from its IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  expect(strFromU8(bytes.subarray(1, 4))).toBe('PNG')
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

describe('a chart block', () => {
  it('is refused with a Chinese message when its data does not make a chart', () => {
    expect(problemsOf({ ...chart, values: [5, 3] })).toEqual([
      'body[0].values: 图表数值有 2 个，应与类别数 3 一致',
    ])
    expect(problemsOf({ ...chart, values: [5, -1, 2] })).toEqual([
      'body[0].values[1]: 图表数值不能为负数',
    ])
    expect(problemsOf({ ...chart, values: [5, Number.NaN, 2] })).toEqual([
      'body[0].values[1]: 图表数值应为数字',
    ])
    expect(problemsOf({ ...chart, title: ' ' })).toEqual(['body[0].title: 图表标题不能为空'])
    const many = Array.from({ length: 26 }, (_, i) => `第${String(i)}项`)
    expect(problemsOf({ ...chart, categories: many, values: many.map(() => 1) })).toEqual([
      'body[0].categories: 图表至多 25 项',
    ])
    expect(problemsOf({ ...chart, categories: [], values: [] })).toEqual([
      'body[0].categories: 图表至少要有一项',
    ])
  })

  it('is drawn as SVG with every category and value', () => {
    const svg = chartSvg(definitionOf(base).body[1] as never)
    expect(svg).toMatch(/^<svg/)
    for (const label of ['和平区', '滨海新区', '南开区']) expect(svg).toContain(label)
  })

  it('is placed as a sharp PNG the width of the type area, titled above', async () => {
    const files = unzipSync(await renderDocx(definitionOf(base), { rasterize: rasterizeSvg }))
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/'))
    expect(media).toHaveLength(1)
    const { width } = pngSize(files[media[0] ?? ''] ?? new Uint8Array())
    // 589 CSS px drawn 3 × over: 156 mm at about 290 dpi.
    expect(width).toBe(589 * CHART_SCALE)
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array())
    expect(xml).toContain('图1 走访企业按区分布')
    // Shown 589 px wide (9525 EMU a pixel): inside the 156 mm type area.
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(xml)
    expect(Number(extent?.[1])).toBe(589 * 9525)
    expect(Number(extent?.[1]) / 36000).toBeLessThanOrEqual(156)
  })

  it('needs a rasterizer to render, and says so', async () => {
    await expect(renderDocx(definitionOf(base))).rejects.toThrow('须提供图表绘制')
  })

  it('takes its height from the page estimate, never split across pages', () => {
    const without = estimateDocumentEnd(definitionOf({ ...base, body: [base.body[0] ?? chart] }))
    const withChart = estimateDocumentEnd(definitionOf(base))
    // A title line and 160 px (about 4.1 lines) of picture, the end rounded up to a line.
    expect(withChart.line - without.line).toBeGreaterThanOrEqual(5)
    expect(withChart.line - without.line).toBeLessThanOrEqual(6)
    const twenty = Array.from({ length: 20 }, (_, i) => `第${String(i)}项`)
    const tall = {
      ...base,
      body: [
        ...Array.from({ length: 5 }, () => ({ type: 'p' as const, text: '段落。' })),
        { ...chart, categories: twenty, values: twenty.map(() => 1) },
      ],
    }
    // The 620 px chart (17 lines with its title) does not fit below the head, title and five
    // paragraphs: it starts the next page whole, and the text ends below it.
    const end = estimateDocumentEnd(definitionOf(tall))
    expect(end.page).toBe(2)
    expect(end.line).toBeGreaterThanOrEqual(17)
  })

  it('survives the editor: title and data lines back to the same chart', () => {
    const draft = draftFromDefinition(base)
    expect(draft.body[1]?.tableText).toBe('和平区 | 5\n滨海新区 | 3\n南开区 | 2')
    expect(validateDefinition(toDefinitionInput(draft))).toEqual(validateDefinition(base))
    const typed = { ...draft, body: [{ ...draft.body[1], tableText: '和平区 | 五' }] }
    const result = validateDefinition(toDefinitionInput(typed as typeof draft))
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toContain('图表数值应为数字')
  })
})
