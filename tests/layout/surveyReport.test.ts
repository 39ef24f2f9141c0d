/**
 * The 调研报告 drafted from a survey of 20 visits (the sample survey): its tables (by district,
 * by industry, the demands, the questionnaire) stay inside the type area on every page, its
 * charts print as sharp pictures inside it, and the visit count reaches the page.
 */
import { beforeAll, describe, it } from 'vitest'
import { generatorById } from '../../shared/generators'
import { KINDS } from '../../shared/kinds'
import { sampleSurvey } from '../../shared/samples/survey'
import { expectTrue, required } from './lib/check'
import { linesOf, renderDefinition, type RenderedDocument } from './lib/document'
import { blackRules, r2 } from './lib/measure'
import { pdfImages } from './lib/tools'
import { GB, TOLERANCE_MM } from './lib/units'

const DISTRICTS = ['和平区', '河西区', '滨海新区', '西青区']
const enterprises = Array.from({ length: 20 }, (_, i) => ({
  ...KINDS.enterprise.empty(),
  id: `E${String(i)}`,
  name: `天津海河${String(i)}号智能科技有限公司`,
  district: DISTRICTS[i % 4] ?? '',
  industry: i < 12 ? 'C' : 'I',
}))

let document: RenderedDocument
let pages = 0

beforeAll(async () => {
  const plan = sampleSurvey(
    { ipOffice: 'ip', federation: 'acfic', contacts: [], enterprises },
    '2026-12-07',
  )
  const questionnaire = [
    {
      id: 'q1',
      type: 'single',
      title: '是否遭遇过知识产权侵权',
      required: true,
      options: ['是', '否'],
    },
  ]
  const generator = required(generatorById('survey-report'), 'generator')
  const definition = generator.run(
    {
      record: { ...KINDS.survey.empty(), ...plan.survey, questionnaire, id: 'S' },
      children: {
        visit: plan.visits.map((visit, i) => ({
          ...visit,
          id: `V${String(i)}`,
          parentId: 'S',
          answers: { q1: i % 3 === 0 ? '是' : '否' },
        })),
      },
      titleOf: (kind, id) => (kind === 'org' && id === 'ip' ? '天津市知识产权局' : undefined),
      recordOf: (kind, id) =>
        kind === 'enterprise' ? enterprises.find((e) => e.id === id) : undefined,
    },
    { issuer: '天津市知识产权局', today: '2026-12-07' },
  )
  document = await renderDefinition('generated-survey-report', definition)
  pages = document.pages.length
})

describe('调研报告 (generated)', () => {
  it('says how many enterprises were visited', () => {
    expectTrue('visit count on the page', linesOf(document, '共走访企业20家').length > 0, 'missing')
  })

  it('draws every table inside the type area, on every page', async () => {
    let found = 0
    for (let page = 1; page <= pages; page++) {
      const borders = await blackRules(document, page)
      found += borders.length
      for (const rule of borders) {
        expectTrue(
          `page ${String(page)}: border within the type area`,
          rule.left >= GB.marginLeft - TOLERANCE_MM &&
            rule.right <= GB.typeAreaRight + TOLERANCE_MM,
          `${r2(rule.left)}–${r2(rule.right)} mm`,
        )
      }
    }
    expectTrue('table borders found', found >= 8, `${String(found)} rules`)
  })

  it('prints the charts (district, industry, the single choice) as sharp pictures in the type area', async () => {
    const images = await pdfImages(document.pdfPath)
    expectTrue('three chart pictures', images.length === 3, `${String(images.length)} pictures`)
    for (const image of images) {
      const widthMm = (image.width / image.xPpi) * 25.4
      expectTrue(
        `page ${String(image.page)}: picture at print resolution`,
        image.xPpi >= 250 && image.yPpi >= 250,
        `${String(image.xPpi)} × ${String(image.yPpi)} ppi`,
      )
      expectTrue(
        `page ${String(image.page)}: picture as wide as the type area at most`,
        widthMm <= GB.typeAreaRight - GB.marginLeft + TOLERANCE_MM,
        `${r2(widthMm)} mm`,
      )
    }
    for (const title of ['图1 走访企业按区分布', '图2 走访企业按行业分布', '图3 是否遭遇过']) {
      expectTrue(`caption ${title}`, linesOf(document, title).length > 0, 'missing')
    }
  })

  it('keeps each demand row’s enterprise name inside the type area', () => {
    const lines = linesOf(document, '天津海河0号')
    const line = required(lines[0], 'enterprise name')
    expectTrue(
      'name inside the type area',
      line.left >= GB.marginLeft - TOLERANCE_MM && line.right <= GB.typeAreaRight + TOLERANCE_MM,
      `${r2(line.left)}–${r2(line.right)} mm`,
    )
  })
})
