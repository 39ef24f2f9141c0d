import { describe, expect, it } from 'vitest'
import { validateDefinition, type Block } from '../../../shared/documents/definition'
import { templateById, type TemplateContext } from '../../../shared/documents/templates'
import {
  GENERATORS,
  GeneratorSourceError,
  generatorById,
  generatorsOf,
  type GeneratorSource,
  type SourceRow,
} from '../../../shared/generators'
import { KINDS, KIND_NAMES } from '../../../shared/kinds'
import { encodeParty } from '../../../shared/kinds/parties'
import { timeSpan } from '../../../shared/generators/meetingText'

const context: TemplateContext = { issuer: '天津市知识产权局', today: '2026-12-07' }
const letter = generatorById('enterprise-service-letter')
if (!letter) throw new Error('the enterprise letter is registered')

const enterprise: SourceRow = {
  ...KINDS.enterprise.empty(),
  id: 'e1',
  name: '天津海河智能科技有限公司',
}
const followUp = (content: string, state: string, extra: Record<string, unknown> = {}) => ({
  ...KINDS.followUp.empty(),
  id: content,
  parentId: 'e1',
  content,
  state,
  ...extra,
})

const tableOf = (body: readonly Block[]) => body.find((block) => block.type === 'table')

describe('document generators', () => {
  it('are registered once, for kinds and templates that exist', () => {
    const ids = GENERATORS.map((generator) => generator.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const generator of GENERATORS) {
      expect(KIND_NAMES).toContain(generator.kind)
      expect(templateById(generator.template)).toBeDefined()
      expect(generator.label).toMatch(/^生成/)
    }
    expect(generatorsOf('enterprise')).toContain(letter)
    expect(generatorsOf('contact')).toEqual([])
  })

  it('the enterprise letter lists its follow-ups in order, by title and state, and counts them', () => {
    const definition = letter.run(
      {
        record: enterprise,
        children: {
          followUp: [
            followUp('提供专利导航报告', 'done', {
              handledBy: [
                encodeParty({ kind: 'contact', id: 'c1' }),
                encodeParty({ kind: 'name', name: '刘强' }),
              ],
              dueOn: '2026-12-02',
            }),
            followUp('协助商标续展', 'doing'),
          ],
        },
        titleOf: (kind, id) => (kind === 'contact' && id === 'c1' ? '王芳' : undefined),
      },
      context,
    )
    const checked = validateDefinition(definition)
    expect(checked.ok).toBe(true)
    expect(definition.format).toBe('letter')
    expect(definition.mainRecipients).toBe('天津海河智能科技有限公司')
    expect(definition.issuers).toEqual(['天津市知识产权局'])
    expect(definition.date).toBe('2026-12-07')
    const table = tableOf(definition.body)
    expect(table).toMatchObject({
      columns: ['序号', '事项内容', '经办人', '完成期限', '状态'],
      rows: [
        ['1', '提供专利导航报告', '王芳、刘强', '2026-12-02', '已完成'],
        ['2', '协助商标续展', '—', '—', '进行中'],
      ],
    })
    const text = definition.body.map((block) => ('text' in block ? block.text : '')).join('\n')
    expect(text).toContain('以上2项事项中，已办结1项，正在办理1项。')
  })

  it('says so when an enterprise has nothing to follow up, and keeps a valid letter', () => {
    const definition = letter.run(
      { record: enterprise, children: {}, titleOf: () => undefined },
      context,
    )
    expect(tableOf(definition.body)).toBeUndefined()
    expect(JSON.stringify(definition.body)).toContain('暂无需要跟进办理的事项')
    expect(validateDefinition(definition).ok).toBe(true)
  })

  it('refuses, in Chinese, a stored record its kind no longer accepts', () => {
    const run = () =>
      letter.run(
        { record: { ...enterprise, name: '' }, children: {}, titleOf: () => undefined },
        context,
      )
    expect(run).toThrow(GeneratorSourceError)
    expect(run).toThrow(/该企业的内容不完整，无法生成公文/)
  })
})

describe('会议纪要', () => {
  const minutes = generatorById('meeting-minutes')
  if (!minutes) throw new Error('the minutes generator is registered')
  const meeting: SourceRow = {
    ...KINDS.meeting.empty(),
    id: 'm1',
    name: '2026年第四季度会商会',
    type: '会商会',
    location: '市知识产权局第一会议室',
    startAt: '2026-12-02T14:30',
    hosts: [encodeParty({ kind: 'org', id: 'o1' })],
    chair: [encodeParty({ kind: 'contact', id: 'c1' })],
    present: [
      encodeParty({ kind: 'contact', id: 'c1' }),
      encodeParty({ kind: 'name', name: '刘强' }),
    ],
  }
  const titles: Record<string, string> = { 'org:o1': '天津市知识产权局', 'contact:c1': '王芳' }
  const source = (
    children: GeneratorSource['children'],
    minutesIssue?: number,
  ): GeneratorSource => ({
    record: meeting,
    children,
    titleOf: (kind, id) => titles[`${kind}:${id}`],
    ...(minutesIssue === undefined ? {} : { minutesIssue }),
  })

  it('has its mark by the meeting type and its 期号 in the series of that mark and year', () => {
    expect(minutes.minutesSeries?.(meeting, context)).toEqual({ mark: '会商会纪要', year: 2026 })
    const definition = minutes.run(source({}, 3), context)
    expect(definition).toMatchObject({
      format: 'minutes',
      markText: '会商会纪要',
      documentNumber: '第3期',
      title: '2026年第四季度会商会纪要',
      date: '2026-12-02',
      attendance: { present: ['王芳', '刘强'] },
    })
    expect(validateDefinition(definition).ok).toBe(true)
  })

  it('opens with when, where, who held and chaired it, then a section per agenda item and the decisions', () => {
    const row = (id: string, values: Record<string, unknown>) => ({ id, parentId: 'm1', ...values })
    const definition = minutes.run(
      source({
        agendaItem: [
          row('a1', { title: '通报调研情况', notes: '第一段。\n\n第二段。' }),
          row('a2', { title: '研究培训计划', notes: '' }),
        ],
        decision: [
          row('d1', { content: '印发调研报告。' }),
          row('d2', { content: '报送培训需求。' }),
        ],
      }),
      context,
    )
    expect(definition.body).toEqual([
      {
        type: 'p',
        text: '2026年12月2日下午2:30，天津市知识产权局在市知识产权局第一会议室召开2026年第四季度会商会。会议由王芳主持。会议围绕通报调研情况、研究培训计划等议题进行了研究。现纪要如下。',
      },
      { type: 'h1', text: '通报调研情况' },
      { type: 'p', text: '第一段。' },
      { type: 'p', text: '第二段。' },
      { type: 'h1', text: '研究培训计划' },
      { type: 'p', text: '（会议记录待补充）' },
      { type: 'h1', text: '会议议定事项' },
      { type: 'p', text: '（一）印发调研报告。' },
      { type: 'p', text: '（二）报送培训需求。' },
    ])
  })

  it('calls a meeting of type 其他 a 会议纪要', () => {
    expect(minutes.minutesSeries?.({ ...meeting, type: '其他' }, context).mark).toBe('会议纪要')
  })
})

describe('会议通知', () => {
  const notice = generatorById('meeting-notice')
  if (!notice) throw new Error('the notice generator is registered')

  it('gives the time, place, agenda and attendees, addressed to the enterprises taking part', () => {
    const definition = notice.run(
      {
        record: {
          ...KINDS.meeting.empty(),
          id: 'm1',
          name: '民营企业家知识产权座谈会',
          location: '市工商联一楼报告厅',
          startAt: '2026-12-12T09:00',
          endAt: '2026-12-12T11:30',
          present: [encodeParty({ kind: 'name', name: '刘强' })],
          enterprises: [encodeParty({ kind: 'enterprise', id: 'e1' })],
        },
        children: { agendaItem: [{ id: 'a1', parentId: 'm1', title: '听取企业意见建议' }] },
        titleOf: (kind, id) => (kind === 'enterprise' && id === 'e1' ? '天津甲公司' : undefined),
      },
      context,
    )
    expect(validateDefinition(definition).ok).toBe(true)
    expect(definition).toMatchObject({
      format: 'file',
      title: '关于召开民营企业家知识产权座谈会的通知',
      mainRecipients: '天津甲公司',
    })
    const text = definition.body.map((block) => ('text' in block ? block.text : '')).join('\n')
    expect(text).toContain('2026年12月12日上午9:00至11:30')
    expect(text).toContain('市工商联一楼报告厅')
    expect(text).toContain('（一）听取企业意见建议。')
    expect(text).toContain('刘强、天津甲公司负责同志。')
  })
})

describe('意见采纳情况汇总表', () => {
  const summary = generatorById('opinion-summary')
  if (!summary) throw new Error('the 汇总表 is registered')
  const consultation: SourceRow = {
    ...KINDS.consultation.empty(),
    id: 'k1',
    name: '天津市民营企业知识产权保护若干措施（征求意见稿）',
    deadline: '2026-11-20',
    asked: [encodeParty({ kind: 'org', id: 'acfic' })],
  }
  const opinion = (content: string, adoption: string, reason = '') => ({
    ...KINDS.opinion.empty(),
    id: content,
    parentId: 'k1',
    content,
    adoption,
    reason,
    sources: [encodeParty({ kind: 'enterprise', id: 'e1' }), 'name:李明'],
  })
  const names: Record<string, string> = {
    'org:acfic': '天津市工商业联合会',
    'enterprise:e1': '天津甲公司',
  }
  const titleOf = (kind: string, id: string) => names[`${kind}:${id}`]

  it('lists every opinion with its source, decision and reason, counts before the table', () => {
    const definition = summary.run(
      {
        record: consultation,
        children: {
          opinion: [
            opinion('增加海外维权援助条款', '采纳'),
            opinion('质押融资贴息比例提高到80%', '部分采纳', '财政承受能力有限，提高到60%'),
            opinion('取消专利申请费用', '不采纳', '超出地方权限'),
            opinion('设立企业知识产权服务站', ''),
          ],
        },
        titleOf,
      },
      context,
    )
    expect(definition.title).toBe(
      '《天津市民营企业知识产权保护若干措施（征求意见稿）》意见采纳情况汇总表',
    )
    const intro = definition.body[0]
    expect(intro && 'text' in intro && intro.text).toBe(
      '《天津市民营企业知识产权保护若干措施（征求意见稿）》向天津市工商业联合会征求意见，征求意见期限至2026年11月20日。共收到反馈意见4条，其中采纳1条，部分采纳1条，不采纳1条，待研究1条。具体情况如下。',
    )
    const table = tableOf(definition.body)
    expect(table?.type === 'table' && table.rows[1]).toEqual([
      '2',
      '天津甲公司、李明',
      '质押融资贴息比例提高到80%',
      '部分采纳',
      '财政承受能力有限，提高到60%',
    ])
    expect(table?.type === 'table' && table.rows[3]?.[3]).toBe('待研究')
    expect(validateDefinition(definition).ok).toBe(true)
  })
})

describe('意见', () => {
  it('refuses 不采纳 or 部分采纳 without a reason, in Chinese', () => {
    const base = { ...KINDS.opinion.empty(), parentId: 'k1', content: '增加条款' }
    const refused = KINDS.opinion.schema.safeParse({ ...base, adoption: '不采纳' })
    expect(refused.success).toBe(false)
    expect(refused.error?.issues[0]?.message).toBe('不采纳的意见请写明理由')
    expect(KINDS.opinion.schema.safeParse({ ...base, adoption: '采纳' }).success).toBe(true)
  })
})

describe('签到表', () => {
  const signIn = generatorById('meeting-sign-in')
  if (!signIn) throw new Error('the 签到表 is registered')
  const names: Record<string, string> = {
    'contact:c1': '王芳',
    'org:ipo': '天津市知识产权局',
    'enterprise:e1': '天津甲公司',
    'enterprise:e2': '天津乙公司',
  }
  const delegate = (id: string, enterprise: string, name: string, title: string) => ({
    ...KINDS.enterpriseDelegate.empty(),
    id,
    parentId: 'm1',
    enterprise,
    name,
    title,
  })

  it('lists the attendees, then each enterprise’s representatives or a row to fill in, then spare rows', () => {
    const definition = signIn.run(
      {
        record: {
          ...KINDS.meeting.empty(),
          id: 'm1',
          name: '企业家座谈会',
          present: [encodeParty({ kind: 'contact', id: 'c1' }), 'name:刘强'],
          enterprises: ['e1', 'e2'].map((id) => encodeParty({ kind: 'enterprise', id })),
        },
        children: {
          enterpriseDelegate: [
            delegate('d1', 'e1', '张伟', '总经理'),
            delegate('d2', 'e1', '李娜', '法务经理'),
          ],
        },
        titleOf: (kind, id) => names[`${kind}:${id}`],
        recordOf: (_kind, id) => ({ id, orgId: 'ipo', title: '处长' }),
      },
      context,
    )
    const table = tableOf(definition.body)
    const rows = table?.type === 'table' ? table.rows.map((row) => row.slice(1, 4)) : []
    expect(rows.slice(0, 5)).toEqual([
      ['天津市知识产权局', '王芳', '处长'],
      ['', '刘强', ''],
      ['天津甲公司', '张伟', '总经理'],
      ['天津甲公司', '李娜', '法务经理'],
      ['天津乙公司', '', ''],
    ])
    expect(rows.slice(5).every((row) => row.every((cell) => cell === ''))).toBe(true)
    expect(validateDefinition(definition).ok).toBe(true)
  })
})

describe('times in a notice', () => {
  it('say 上午/下午 once for a span within one half-day, and the end’s date only on another day', () => {
    expect(timeSpan('2026-12-15T14:00', '2026-12-15T17:00')).toBe('2026年12月15日下午2:00至5:00')
    expect(timeSpan('2026-12-15T09:00', '2026-12-15T16:30')).toBe(
      '2026年12月15日上午9:00至下午4:30',
    )
    expect(timeSpan('2026-12-15T09:00', '2026-12-16T12:00')).toBe(
      '2026年12月15日上午9:00至2026年12月16日下午12:00',
    )
    expect(timeSpan('', '')).toBe('另行通知')
  })
})
