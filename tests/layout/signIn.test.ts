/**
 * 签到表 generated from a meeting: rows at least 12 mm tall (room to sign), the table inside the
 * type area, and its header (序号 … 签名) repeated at the top of every page it runs onto.
 */
import { beforeAll, describe, it } from 'vitest'
import { generatorById } from '../../shared/generators'
import { KINDS } from '../../shared/kinds'
import { encodeParty } from '../../shared/kinds/parties'
import { linesContaining } from './lib/bbox'
import { expectTrue, required } from './lib/check'
import { renderDefinition, type RenderedDocument } from './lib/document'
import { blackRules, r2 } from './lib/measure'
import { GB, TOLERANCE_MM } from './lib/units'

const PEOPLE = 30
let document: RenderedDocument

beforeAll(async () => {
  const generator = required(generatorById('meeting-sign-in'), 'sign-in generator')
  const ids = Array.from({ length: PEOPLE }, (_, index) => `c${String(index)}`)
  const definition = generator.run(
    {
      record: {
        ...KINDS.meeting.empty(),
        id: 'm1',
        name: '民营企业家知识产权座谈会',
        location: '市工商联一楼报告厅',
        startAt: '2026-12-12T09:00',
        present: ids.map((id) => encodeParty({ kind: 'contact', id })),
      },
      children: {},
      titleOf: (kind, id) => (kind === 'org' ? '天津市工商业联合会' : `参会人${id.slice(1)}`),
      recordOf: (_kind, id) => ({ id, orgId: 'o1', title: '副部长' }),
    },
    { issuer: '天津市工商业联合会', today: '2026-12-07' },
  )
  document = await renderDefinition('generated-sign-in', definition)
})

describe('签到表 (generated)', () => {
  it('runs onto more than one page, each starting with the header', () => {
    expectTrue('pages', document.pages.length >= 2, `${String(document.pages.length)} pages`)
    for (const page of document.pages) {
      const names = page.lines.filter((line) => line.text.includes('参会人'))
      if (names.length === 0) continue
      const header = linesContaining(page, '签名')[0]
      const first = names[0]
      expectTrue(
        `page ${String(page.number)} header above its first row`,
        header !== undefined && first !== undefined && header.top < first.top,
        `header ${String(header ? r2(header.top) : 'missing')} mm, first row ${String(first ? r2(first.top) : '?')} mm`,
      )
    }
  })

  it('gives every row at least 12 mm to sign in', () => {
    const tops = document.pages.flatMap((page) =>
      page.lines
        .filter((line) => line.text.includes('参会人'))
        .map((line) => ({ page: page.number, top: line.top })),
    )
    const gaps = tops.flatMap((row, index) => {
      const next = tops[index + 1]
      return next && next.page === row.page ? [next.top - row.top] : []
    })
    expectTrue('rows measured', gaps.length > 10, `${String(gaps.length)} gaps`)
    const least = Math.min(...gaps)
    expectTrue('least row pitch ≥ 12 mm', least >= 12 - TOLERANCE_MM, `${String(r2(least))} mm`)
  })

  it('keeps its borders inside the type area', async () => {
    const borders = await blackRules(document, 1)
    for (const rule of borders) {
      expectTrue(
        'border within the type area',
        rule.left >= GB.marginLeft - TOLERANCE_MM && rule.right <= GB.typeAreaRight + TOLERANCE_MM,
        `${String(r2(rule.left))}–${String(r2(rule.right))} mm`,
      )
    }
  })
})
