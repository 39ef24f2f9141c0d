import { describe, expect, it } from 'vitest'
import { validateDefinition, type Block } from '../../../shared/documents/definition'
import { estimateTextEnd } from '../../../shared/documents/pageEstimate'

/** A 纪要 without signature or attendance: only the title, a blank line and the body count. */
function endOf(body: Block[]) {
  const result = validateDefinition({
    format: 'minutes',
    issuers: ['天津市知识产权局'],
    title: '会商会纪要',
    body,
    date: '2023-03-23',
  })
  if (!result.ok) throw new Error('invalid test definition')
  return estimateTextEnd(result.definition, 0)
}

const short = (count: number): Block[] =>
  Array.from({ length: count }, () => ({ type: 'p', text: '短句。' }))
/** A paragraph of exactly `lines` lines: 26 characters after the indent, then 28 a line. */
const long = (lines: number): Block => ({ type: 'p', text: '字'.repeat(26 + 28 * (lines - 1)) })

describe('page estimate', () => {
  it('fills 22 lines a page', () => {
    expect(endOf(short(20))).toEqual({ page: 1, line: 22 })
    expect(endOf(short(21))).toEqual({ page: 2, line: 1 })
  })

  it('never leaves one line of a paragraph at the foot of a page', () => {
    // 21 lines used, one left: the 4-line paragraph starts on page 2.
    expect(endOf([...short(19), long(4)])).toEqual({ page: 2, line: 4 })
  })

  it('never leaves one line of a paragraph alone at the top of a page', () => {
    // 19 lines used: three fit, but that would leave one; two stay and two go over.
    expect(endOf([...short(17), long(4)])).toEqual({ page: 2, line: 2 })
  })

  it('keeps a heading with the start of the text after it', () => {
    expect(endOf([...short(19), { type: 'h1', text: '主要任务' }, long(3)])).toEqual({
      page: 2,
      line: 4,
    })
  })

  it('starts a page at a page break', () => {
    expect(endOf([...short(2), { type: 'pagebreak' }, ...short(3)])).toEqual({ page: 2, line: 3 })
  })
})
