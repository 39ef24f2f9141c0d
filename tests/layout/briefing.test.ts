/**
 * 简报 of a 工作简报 issue: the series' head with its 期号, and at the foot of the last page the
 * 版记 rows 报送 and 分送 above the 印发 row, inside the type area.
 */
import { beforeAll, describe, it } from 'vitest'
import { generatorById } from '../../shared/generators'
import { KINDS } from '../../shared/kinds'
import { linesContaining } from './lib/bbox'
import { expectTrue, required } from './lib/check'
import { renderDefinition, type RenderedDocument } from './lib/document'
import { r2 } from './lib/measure'
import { GB, TOLERANCE_MM } from './lib/units'

let document: RenderedDocument

beforeAll(async () => {
  const generator = required(generatorById('briefing-issue'), 'briefing generator')
  const policy = {
    ...KINDS.policy.empty(),
    id: 'p1',
    name: '天津市协同推进知识产权服务民营经济发展工作的实施意见',
    issuer: '天津市知识产权局、天津市工商业联合会',
    issuedOn: '2023-03-23',
    summary: '建立市区两级知识产权部门与工商联常态化沟通联系机制。',
  }
  const definition = generator.run(
    {
      record: {
        ...KINDS.briefing.empty(),
        id: 'b1',
        title: '知识产权服务民营企业政策通报',
        series: '工作简报',
        issuedOn: '2026-12-07',
        items: ['policy:p1'],
        reportTo: ['市委办公厅', '市政府办公厅'],
        sendTo: ['各区知识产权局', '各区工商业联合会'],
      },
      children: {},
      titleOf: () => undefined,
      recordOf: (kind, id) => (kind === 'policy' && id === 'p1' ? policy : undefined),
      minutesIssue: 3,
    },
    { issuer: '天津市知识产权局', today: '2026-12-07' },
  )
  document = await renderDefinition('generated-briefing', definition)
})

describe('工作简报 (generated)', () => {
  it('heads its first page with the series and the 期号', () => {
    const first = required(document.pages[0], 'first page')
    expectTrue('series mark', linesContaining(first, '工作简报').length > 0, 'not found')
    expectTrue('期号', linesContaining(first, '第3期').length > 0, 'not found')
  })

  it('prints 报送 and 分送 above the 印发 row at the foot, inside the type area', () => {
    const last = required(document.pages[document.pages.length - 1], 'last page')
    const reported = required(linesContaining(last, '报送：')[0], '报送 row')
    const sent = required(linesContaining(last, '分送：')[0], '分送 row')
    const printed = required(linesContaining(last, '印发')[0], '印发 row')
    expectTrue(
      'rows in order 报送, 分送, 印发',
      reported.top < sent.top && sent.top < printed.top,
      `${r2(reported.top)}, ${r2(sent.top)}, ${r2(printed.top)} mm`,
    )
    expectTrue(
      '版记 in the lower part of the page',
      reported.top > GB.pageHeight / 2,
      `${r2(reported.top)} mm`,
    )
    for (const line of [reported, sent]) {
      expectTrue(
        `“${line.text}” inside the type area`,
        line.left >= GB.marginLeft - TOLERANCE_MM && line.right <= GB.typeAreaRight + TOLERANCE_MM,
        `${r2(line.left)}–${r2(line.right)} mm`,
      )
    }
  })
})
