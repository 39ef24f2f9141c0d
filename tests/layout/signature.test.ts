/**
 * 署名 and 成文日期 (GB/T 9704 7.3.5): unsealed, the name two characters in from the right and the
 * date starting two characters right of the name's first character; a date longer than the name
 * sits about two characters in, the name moved left to keep that step; sealed, the date four
 * characters in with the name centred above it.
 */
import { beforeAll, describe, it } from 'vitest'
import { centreX, type Line } from './lib/bbox'
import { expectNear, required } from './lib/check'
import { linesOf, renderDefinition, type RenderedDocument } from './lib/document'
import { GB, TOLERANCE_MM } from './lib/units'
import { shortNotice } from './fixtures'

let unsealed: RenderedDocument
let longDate: RenderedDocument
let sealed: RenderedDocument

function lastLine(document: RenderedDocument, text: string): Line {
  return required(linesOf(document, text).at(-1), `line "${text}"`)
}

beforeAll(async () => {
  unsealed = await renderDefinition('signature-unsealed', {
    ...shortNotice,
    issuers: ['天津市知识产权局办公室'],
  })
  longDate = await renderDefinition('signature-long-date', {
    ...shortNotice,
    issuers: ['市工商联'],
    date: '2023-12-28',
  })
  sealed = await renderDefinition('signature-sealed', { ...shortNotice, sealed: true })
})

describe('署名 and 成文日期', () => {
  it('puts an unsealed name two characters in and the date two characters right of its start', () => {
    const name = lastLine(unsealed, '天津市知识产权局办公室')
    const date = lastLine(unsealed, '2023')
    expectNear(
      'unsealed name right edge',
      name.right,
      GB.typeAreaRight - 2 * GB.char3,
      TOLERANCE_MM,
    )
    expectNear('unsealed date start − name start', date.left - name.left, 2 * GB.char3, 0.5)
  })

  it('moves the name left for a date longer than it, keeping the two-character step', () => {
    const name = lastLine(longDate, '市工商联')
    const date = lastLine(longDate, '2023')
    expectNear('long date start − name start', date.left - name.left, 2 * GB.char3, 0.5)
    expectNear('long date right edge', date.right, GB.typeAreaRight - 2 * GB.char3, TOLERANCE_MM)
  })

  it('puts a sealed date four characters in with the name centred above it', () => {
    const name = lastLine(sealed, '天津市知识产权局')
    const date = lastLine(sealed, '2023')
    expectNear('sealed date right edge', date.right, GB.typeAreaRight - 4 * GB.char3, TOLERANCE_MM)
    expectNear('sealed name centre − date centre', centreX(name) - centreX(date), 0, 1.5)
  })
})
