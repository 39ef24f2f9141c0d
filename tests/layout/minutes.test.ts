/**
 * 纪要格式: the red "…纪要" mark 72 mm from the top, and the 出席/请假/列席 lines two characters
 * in, one after another, after the text. Checked on the fixture and on a 纪要 generated from a
 * meeting (agenda, notes, decisions and attendance from the directory and typed names).
 */
import { beforeAll, describe, it } from 'vitest'
import type { DocumentDefinitionInput } from '../../shared/documents/definition'
import { generatorById } from '../../shared/generators'
import { KINDS } from '../../shared/kinds'
import { encodeParty } from '../../shared/kinds/parties'
import { centreX, linesContaining, type Line } from './lib/bbox'
import { expectNear, expectTrue, required } from './lib/check'
import { renderDefinition, type RenderedDocument } from './lib/document'
import { r2, redInk } from './lib/measure'
import { GB, TOLERANCE_MM } from './lib/units'
import { minutes } from './fixtures'

/** A 会商会 as a user records it, through the meeting's 纪要 generator. */
function generatedMinutes(): DocumentDefinitionInput {
  const generator = required(generatorById('meeting-minutes'), 'meeting-minutes generator')
  const contact = (id: string) => encodeParty({ kind: 'contact', id })
  const names: Record<string, string> = { c1: '张某某', c2: '王某某', c3: '赵某某', c4: '孙某某' }
  const child = (id: string, values: Record<string, unknown>) => ({ id, parentId: 'm1', ...values })
  return generator.run(
    {
      record: {
        ...KINDS.meeting.empty(),
        id: 'm1',
        name: '2026年第四季度知识产权服务民营企业工作会商会',
        type: '会商会',
        location: '市知识产权局第一会议室',
        startAt: '2026-12-02T09:30',
        present: [contact('c1'), contact('c2'), encodeParty({ kind: 'name', name: '刘强' })],
        absent: [contact('c3')],
        observers: [contact('c4')],
      },
      children: {
        agendaItem: [
          child('a1', {
            title: '通报第四季度联合调研情况',
            notes: '市知识产权局通报了调研走访的60家企业情况。',
          }),
          child('a2', { title: '研究2027年培训宣讲计划', notes: '双方同意分区举办培训班。' }),
        ],
        decision: [
          child('d1', { content: '2027年一季度前印发联合调研报告。' }),
          child('d2', { content: '各区工商联于每季度末报送培训需求。' }),
        ],
      },
      titleOf: (kind, id) => (kind === 'contact' ? names[id] : undefined),
      minutesIssue: 4,
    },
    { issuer: '天津市知识产权局', today: '2026-12-03' },
  )
}

const CASES = [
  { name: 'minutes', definition: minutes, lastText: '研究知识产权服务民营企业工作' },
  { name: 'generated-minutes', definition: generatedMinutes(), lastText: '报送培训需求' },
]

describe.each(CASES)('纪要格式 ($name)', ({ name, definition, lastText }) => {
  let document: RenderedDocument

  function find(text: string): { page: number; line: Line } {
    for (const page of document.pages) {
      const [line] = linesContaining(page, text)
      if (line) return { page: page.number, line }
    }
    return required<{ page: number; line: Line }>(undefined, `line "${text}"`)
  }

  beforeAll(async () => {
    document = await renderDefinition(name, definition)
  })

  it('puts the red mark "会商会纪要" 72 mm from the top, centred', async () => {
    const { line } = find('会商会纪要')
    const mark = required(
      await redInk(document, 1, line.top - 2, line.bottom + 2),
      'red ink of the mark line',
    )
    expectNear('minutes mark top edge (red ink)', mark.top, GB.markTop, TOLERANCE_MM)
    expectNear(
      'minutes mark centre x',
      centreX(mark),
      GB.marginLeft + GB.typeAreaWidth / 2,
      TOLERANCE_MM,
    )
  })

  it('lists 出席, 请假, 列席 two characters in, in that order, after the text', () => {
    const positions = ['出席：', '请假：', '列席：'].map((label) => {
      const found = find(label)
      expectNear(`${label} left edge`, found.line.left, GB.marginLeft + 2 * GB.char3, TOLERANCE_MM)
      return found.page * 1000 + found.line.top
    })
    const text = find(lastText)
    const ordered = [text.page * 1000 + text.line.top, ...positions]
    expectTrue(
      'text, 出席, 请假, 列席 top to bottom',
      ordered.every((value, index) => index === 0 || value > (ordered[index - 1] ?? 0)),
      ordered.map((value) => String(r2(value))).join(' < '),
    )
  })
})
