/**
 * The tables of 督办事项清单 and 意见采纳情况汇总表: six and five columns inside the type area (28 mm
 * to 184 mm from the paper's left), short cells (序号, 已逾期, 部分采纳) on one line, rows in order.
 */
import { beforeAll, describe, it } from 'vitest'
import { generatorById, listReportById } from '../../shared/generators'
import { KINDS } from '../../shared/kinds'
import { encodeParty } from '../../shared/kinds/parties'
import { linesContaining } from './lib/bbox'
import { expectTrue, required } from './lib/check'
import { linesOf, renderDefinition, type RenderedDocument } from './lib/document'
import { blackRules, r2 } from './lib/measure'
import { GB, TOLERANCE_MM } from './lib/units'

const context = { issuer: '天津市知识产权局', today: '2026-12-07' }
const titles: Record<string, string> = {
  'org:ipo': '天津市知识产权局',
  'org:acfic': '天津市工商业联合会',
  'enterprise:e1': '天津海河智能科技有限公司',
}
const titleOf = (kind: string, id: string) => titles[`${kind}:${id}`]

const ITEMS = [
  ['建立企业知识产权服务联络员名录并定期更新', '2026-11-30', 'todo'],
  ['修订知识产权纠纷人民调解工作规则，报市司法局备案', '2026-12-20', 'doing'],
  ['梳理企业海外维权需求', '2027-01-15', 'todo'],
] as const

const OPINIONS = [
  ['增加海外维权援助条款', '采纳', ''],
  ['将知识产权质押融资贴息比例提高到80%', '部分采纳', '综合考虑财政承受能力，贴息比例提高到60%'],
  ['取消民营企业专利申请费用', '不采纳', '专利收费标准由国家规定，超出地方权限'],
] as const

let list: RenderedDocument
let summary: RenderedDocument

beforeAll(async () => {
  const report = required(listReportById('action-item-list'), '督办事项清单')
  list = await renderDefinition(
    'generated-action-item-list',
    report.run(
      {
        rows: ITEMS.map(([content, dueOn, state], index) => ({
          ...KINDS.actionItem.empty(),
          id: `a${String(index)}`,
          content,
          dueOn,
          state,
          leadUnits: [encodeParty({ kind: 'org', id: 'ipo' })],
          partnerUnits: [encodeParty({ kind: 'org', id: 'acfic' })],
          owners: ['name:王芳', 'name:李明'],
        })),
        titleOf,
        filters: {},
        periods: {},
      },
      context,
    ),
  )
  const generator = required(generatorById('opinion-summary'), '意见采纳情况汇总表')
  summary = await renderDefinition(
    'generated-opinion-summary',
    generator.run(
      {
        record: { ...KINDS.consultation.empty(), id: 'k1', name: '若干措施（征求意见稿）' },
        children: {
          opinion: OPINIONS.map(([content, adoption, reason], index) => ({
            ...KINDS.opinion.empty(),
            id: `o${String(index)}`,
            parentId: 'k1',
            content,
            adoption,
            reason,
            sources: [encodeParty({ kind: 'enterprise', id: 'e1' })],
          })),
        },
        titleOf,
      },
      context,
    ),
  )
})

async function expectInsideTypeArea(document: RenderedDocument) {
  const borders = (
    await Promise.all(document.pages.map((page) => blackRules(document, page.number)))
  ).flat()
  expectTrue('table borders found', borders.length >= 4, `${String(borders.length)} rules`)
  for (const rule of borders) {
    expectTrue(
      'border within the type area',
      rule.left >= GB.marginLeft - TOLERANCE_MM && rule.right <= GB.typeAreaRight + TOLERANCE_MM,
      `${r2(rule.left)}–${r2(rule.right)} mm`,
    )
  }
}

/** Rows follow each other: on a later page, or lower on the same one. */
function expectRowsInOrder(document: RenderedDocument, starts: readonly string[]) {
  const places = starts.map((start) => {
    const page = document.pages.find((candidate) => linesContaining(candidate, start).length > 0)
    const line = required(page && linesContaining(page, start)[0], start)
    return { page: page?.number ?? 0, top: line.top }
  })
  expectTrue(
    'rows in order',
    places.every((place, i) => {
      const before = places[i - 1]
      return (
        !before ||
        place.page > before.page ||
        (place.page === before.page && place.top > before.top)
      )
    }),
    places.map((place) => `p${String(place.page)} ${String(r2(place.top))}`).join(', '),
  )
}

describe('督办事项清单 (generated)', () => {
  it('draws its table inside the type area', () => expectInsideTypeArea(list))

  it('keeps short cells on one line (序号, 责任人, 已逾期, 进行中)', () => {
    for (const text of ['序号', '责任人', '已逾期', '进行中', '未开始']) {
      expectTrue(`“${text}” on one line`, linesOf(list, text).length > 0, 'broken over lines')
    }
  })

  it('lists the items by deadline', () => {
    expectRowsInOrder(list, ['建立企业', '修订知识', '梳理企业'])
  })
})

describe('意见采纳情况汇总表 (generated)', () => {
  it('draws its table inside the type area', () => expectInsideTypeArea(summary))

  it('keeps short cells on one line (序号, 采纳情况, 部分采纳, 不采纳)', () => {
    for (const text of ['序号', '采纳情况', '部分采纳', '不采纳']) {
      expectTrue(`“${text}” on one line`, linesOf(summary, text).length > 0, 'broken over lines')
    }
  })

  it('lists the opinions in order', () => {
    expectRowsInOrder(summary, ['增加海外', '将知识产', '取消民营'])
  })
})
