/**
 * A document generated from a record: the 企业服务情况函 of an enterprise with its 跟进事项. Its
 * table (borders and text) stays inside the type area (28 mm to 184 mm from the paper's left),
 * long cell text wraps inside its cell, and the rows keep the follow-ups' order.
 */
import { beforeAll, describe, it } from 'vitest'
import { generatorById } from '../../shared/generators'
import { KINDS } from '../../shared/kinds'
import { encodeParty } from '../../shared/kinds/parties'
import { expectTrue, required } from './lib/check'
import { linesOf, renderDefinition, type RenderedDocument } from './lib/document'
import { blackRules, r2 } from './lib/measure'
import { GB, TOLERANCE_MM } from './lib/units'

const FOLLOW_UPS = [
  '提供专利导航分析报告，梳理企业在智能传感领域的核心专利布局与风险点',
  '协助办理商标续展',
  '答复知识产权质押融资诉求',
]

let document: RenderedDocument

beforeAll(async () => {
  const generator = required(generatorById('enterprise-service-letter'), 'generator')
  const definition = generator.run(
    {
      record: { ...KINDS.enterprise.empty(), id: 'e1', name: '天津海河智能科技有限公司' },
      children: {
        followUp: FOLLOW_UPS.map((content, index) => ({
          ...KINDS.followUp.empty(),
          id: `f${String(index)}`,
          parentId: 'e1',
          content,
          dueOn: `2026-12-${String(10 + index)}`,
          state: index === 0 ? 'done' : 'doing',
          handledBy: [encodeParty({ kind: 'name', name: '王芳' })],
        })),
      },
      titleOf: () => undefined,
    },
    { issuer: '天津市知识产权局', today: '2026-12-07' },
  )
  document = await renderDefinition('generated-service-letter', definition)
})

describe('企业服务情况函 (generated)', () => {
  it('draws its table inside the type area', async () => {
    const borders = await blackRules(document, 1)
    expectTrue('table borders found', borders.length >= 4, `${String(borders.length)} rules`)
    for (const rule of borders) {
      expectTrue(
        'border within the type area',
        rule.left >= GB.marginLeft - TOLERANCE_MM && rule.right <= GB.typeAreaRight + TOLERANCE_MM,
        `${r2(rule.left)}–${r2(rule.right)} mm`,
      )
    }
  })

  it('keeps short cells on one line (序号, 经办人, 已完成, 进行中)', () => {
    for (const text of ['序号', '经办人', '已完成', '进行中']) {
      expectTrue(`“${text}” on one line`, linesOf(document, text).length > 0, 'broken over lines')
    }
  })

  it('lists the follow-ups in order, their text inside the type area', () => {
    const tops = FOLLOW_UPS.map((content) => {
      const lines = linesOf(document, content.slice(0, 8))
      const line = required(lines[0], content)
      expectTrue(
        `“${content.slice(0, 8)}” inside the type area`,
        line.left >= GB.marginLeft - TOLERANCE_MM && line.right <= GB.typeAreaRight + TOLERANCE_MM,
        `${r2(line.left)}–${r2(line.right)} mm`,
      )
      return line.top
    })
    expectTrue(
      'rows in order',
      tops.every((top, i) => i === 0 || top > (tops[i - 1] ?? 0)),
      tops.map(r2).join(', '),
    )
  })
})
