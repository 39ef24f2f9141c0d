/**
 * 签到表 of a training of 30 registrants: one row for each (every name printed once, in order),
 * the header (序号 … 签名) at the top of every page, the table inside the type area.
 */
import { beforeAll, describe, it } from 'vitest'
import { generatorById } from '../../shared/generators'
import { KINDS } from '../../shared/kinds'
import { linesContaining } from './lib/bbox'
import { expectEqual, expectTrue, required } from './lib/check'
import { renderDefinition, type RenderedDocument } from './lib/document'
import { blackRules, r2 } from './lib/measure'
import { GB, TOLERANCE_MM } from './lib/units'

const PEOPLE = 30
const nameOf = (index: number) => `学员${String(index + 1).padStart(2, '0')}号`
let document: RenderedDocument

beforeAll(async () => {
  const generator = required(generatorById('training-sign-in'), 'sign-in generator')
  const definition = generator.run(
    {
      record: {
        ...KINDS.training.empty(),
        id: 't1',
        name: '民营企业知识产权保护培训班',
        location: '市工商联一楼报告厅',
        startAt: '2026-12-15T09:00',
      },
      children: {
        registration: Array.from({ length: PEOPLE }, (_, index) => ({
          ...KINDS.registration.empty(),
          id: `r${String(index)}`,
          parentId: 't1',
          name: nameOf(index),
          unit: `天津海河${String(index + 1)}号科技有限公司`,
          title: '知识产权专员',
          phone: `1380000${String(index).padStart(4, '0')}`,
        })),
      },
      titleOf: () => undefined,
    },
    { issuer: '天津市工商业联合会', today: '2026-12-07' },
  )
  document = await renderDefinition('generated-training-sign-in', definition)
})

describe('培训签到表 (generated)', () => {
  it('prints one row for each registrant, in order', () => {
    const printed = document.pages.flatMap((page) =>
      // pdftotext splits 学员 01 号 where the word processor spaced the digits.
      page.lines.flatMap((line) => line.text.replace(/\s+/g, '').match(/学员\d\d号/g) ?? []),
    )
    expectEqual(
      'registrants printed',
      printed,
      Array.from({ length: PEOPLE }, (_, i) => nameOf(i)),
    )
  })

  it('starts every page of rows with the header', () => {
    expectTrue('pages', document.pages.length >= 2, `${String(document.pages.length)} pages`)
    let checked = 0
    for (const page of document.pages) {
      const first = page.lines.find((line) => /学员\s*\d\d\s*号/.test(line.text))
      if (!first) continue
      checked += 1
      const header = linesContaining(page, '签名')[0]
      expectTrue(
        `page ${String(page.number)} header above its first row`,
        header !== undefined && header.top < first.top,
        `header ${header ? String(r2(header.top)) : 'missing'} mm, first row ${String(r2(first.top))} mm`,
      )
    }
    expectTrue('pages with rows', checked >= 2, `${String(checked)} pages`)
  })

  it('keeps the table inside the type area', async () => {
    for (let page = 1; page <= document.pages.length; page++) {
      for (const rule of await blackRules(document, page)) {
        expectTrue(
          `page ${String(page)}: rule within the type area`,
          rule.left >= GB.marginLeft - TOLERANCE_MM &&
            rule.right <= GB.typeAreaRight + TOLERANCE_MM,
          `${r2(rule.left)}–${r2(rule.right)} mm`,
        )
      }
    }
  })
})
