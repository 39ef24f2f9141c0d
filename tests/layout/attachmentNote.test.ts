/**
 * 附件说明 (GB/T 9704 7.3.4): one blank line below the text, two characters in, "附件：" + title;
 * wrapped lines of a title align under its first character; several titles are numbered and the
 * further ones align under the first one's number.
 */
import { beforeAll, describe, it } from 'vitest'
import type { Line } from './lib/bbox'
import { expectNear, required } from './lib/check'
import { linesOf, renderDefinition, type RenderedDocument } from './lib/document'
import { GB, TOLERANCE_MM } from './lib/units'
import { shortNotice } from './fixtures'

const LONG_TITLE = '天津市民营企业知识产权需求调研提纲及企业知识产权诉求登记表填写说明和报送要求'

let single: RenderedDocument
let numbered: RenderedDocument

function line(document: RenderedDocument, text: string): Line {
  return required(linesOf(document, text)[0], `line "${text}"`)
}

function nextLine(document: RenderedDocument, after: Line): Line {
  const lines = document.pages[0]?.lines ?? []
  return required(
    lines.find((candidate) => candidate.top > after.top + 1),
    'the line after',
  )
}

beforeAll(async () => {
  single = await renderDefinition('attachment-note-single', {
    ...shortNotice,
    attachments: [{ title: LONG_TITLE }],
  })
  numbered = await renderDefinition('attachment-note-numbered', {
    ...shortNotice,
    attachments: [{ title: LONG_TITLE }, { title: '联络员名单' }],
  })
})

describe('附件说明', () => {
  it('puts "附件：" two characters in and aligns a wrapped title under its first character', () => {
    const first = line(single, '附件：')
    expectNear('附件说明 left edge', first.left, GB.marginLeft + 2 * GB.char3, TOLERANCE_MM)
    const wrapped = nextLine(single, first)
    expectNear('wrapped title left edge', wrapped.left, GB.marginLeft + 5 * GB.char3, TOLERANCE_MM)
  })

  it('numbers several titles and aligns the second under the first one’s number', () => {
    const first = line(numbered, '附件：')
    const second = line(numbered, '联络员名单')
    expectNear(
      'second title (its number) left edge',
      second.left,
      first.left + 3 * GB.char3,
      TOLERANCE_MM,
    )
    const wrapped = nextLine(numbered, first)
    expectNear(
      'wrapped first title left edge',
      wrapped.left,
      first.left + 4 * GB.char3,
      TOLERANCE_MM,
    )
  })
})
