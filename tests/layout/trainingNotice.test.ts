/**
 * 培训通知 of a training with a 日程 of four sessions: the 日程 table inside the type area with
 * its header on one line, and the 报名回执表 on its own page after the body, "附件" flush left on
 * its first line and the reply table's header (单位 … 备注) on one line.
 */
import { beforeAll, describe, it } from 'vitest'
import { generatorById } from '../../shared/generators'
import { KINDS } from '../../shared/kinds'
import { encodeParty } from '../../shared/kinds/parties'
import { linesContaining, type TextPage } from './lib/bbox'
import { expectNear, expectTrue, required } from './lib/check'
import { renderDefinition, type RenderedDocument } from './lib/document'
import { blackRules, r2, typeAreaLines } from './lib/measure'
import { GB, TOLERANCE_MM } from './lib/units'

const NAME = '民营企业知识产权保护培训班'
let document: RenderedDocument
let replyPage: TextPage

beforeAll(async () => {
  const generator = required(generatorById('training-notice'), 'notice generator')
  const definition = generator.run(
    {
      record: {
        ...KINDS.training.empty(),
        id: 't1',
        name: NAME,
        location: '市工商联一楼报告厅',
        startAt: '2026-12-15T09:00',
        endAt: '2026-12-15T16:30',
        hosts: [encodeParty({ kind: 'org', id: 'o1' })],
        organizers: [encodeParty({ kind: 'org', id: 'o2' })],
        audience: '全市民营企业知识产权管理人员',
        capacity: 80,
        schedule: [
          { id: 's1', time: '9:00—10:00', topic: '商标保护政策解读', speaker: '市知识产权局' },
          { id: 's2', time: '10:10—11:30', topic: '专利质押融资实务与典型案例', speaker: '张伟' },
          { id: 's3', time: '14:00—15:00', topic: '知识产权纠纷人民调解', speaker: '李娜' },
          { id: 's4', time: '15:10—16:30', topic: '交流研讨', speaker: '' },
        ],
      },
      children: {},
      titleOf: (_kind, id) => ({ o1: '天津市知识产权局', o2: '天津市工商业联合会' })[id],
    },
    { issuer: '天津市知识产权局', today: '2026-12-07' },
  )
  document = await renderDefinition('generated-training-notice', definition)
  replyPage = required(
    document.pages.find((page) => linesContaining(page, '报名回执表').some((l) => l.top < 80)),
    'a page headed by the 报名回执表',
  )
})

describe('培训通知 (generated)', () => {
  it('sets the 日程 and the reply table inside the type area', async () => {
    let rules = 0
    for (let page = 1; page <= document.pages.length; page++) {
      for (const rule of await blackRules(document, page)) {
        rules += 1
        expectTrue(
          `page ${String(page)} rule inside the type area`,
          rule.left >= GB.marginLeft - TOLERANCE_MM &&
            rule.right <= GB.typeAreaRight + TOLERANCE_MM,
          `${r2(rule.left)}–${r2(rule.right)} mm`,
        )
      }
    }
    expectTrue('table rules found', rules >= 8, `${String(rules)} rules`)
  })

  it('keeps the 日程 header and its topics on one line each', () => {
    const body = document.pages.filter((page) => page.number < replyPage.number)
    for (const text of ['时间', '商标保护政策解读', '专利质押融资实务与典型案例']) {
      expectTrue(
        `“${text}” on one line before the attachment`,
        body.some((page) => linesContaining(page, text).length > 0),
        'not found on one line',
      )
    }
  })

  it('prints the 报名回执表 after the body, "附件" first and its header on one line', () => {
    expectTrue(
      'attachment after the body',
      replyPage.number > 1,
      `page ${String(replyPage.number)}`,
    )
    const first = required(typeAreaLines(replyPage)[0], 'first line of the attachment page')
    expectTrue('附件 label first', first.text.replace(/\s+/g, '') === '附件', first.text)
    expectNear('附件 label left edge', first.left, GB.marginLeft, TOLERANCE_MM)
    const header = required(linesContaining(replyPage, '联系电话')[0], 'reply table header')
    for (const column of ['单位', '姓名', '职务', '备注']) {
      const cell = linesContaining(replyPage, column).find((l) => Math.abs(l.top - header.top) < 2)
      expectTrue(`“${column}” beside 联系电话 in the header`, cell !== undefined, 'not on its line')
    }
  })
})
