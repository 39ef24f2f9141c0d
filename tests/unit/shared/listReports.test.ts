import { describe, expect, it } from 'vitest'
import { validateDefinition, type Block } from '../../../shared/documents/definition'
import { templateById, type TemplateContext } from '../../../shared/documents/templates'
import { GeneratorSourceError, LIST_REPORTS, listReportById } from '../../../shared/generators'
import type { ListReportSource } from '../../../shared/generators/listReport'
import { KINDS, KIND_NAMES } from '../../../shared/kinds'
import { encodeParty } from '../../../shared/kinds/parties'

const context: TemplateContext = { issuer: '天津市知识产权局', today: '2026-12-07' }
const list = listReportById('action-item-list')
if (!list) throw new Error('the 督办事项清单 is registered')

const ipo = encodeParty({ kind: 'org', id: 'ipo' })
const acfic = encodeParty({ kind: 'org', id: 'acfic' })
const titles: Record<string, string> = {
  'org:ipo': '天津市知识产权局',
  'org:acfic': '天津市工商业联合会',
}

const item = (content: string, state: string, dueOn: string) => ({
  ...KINDS.actionItem.empty(),
  id: content,
  content,
  state,
  dueOn,
  leadUnits: [ipo],
  partnerUnits: [acfic],
  owners: ['name:王芳'],
})

const source = (
  rows: ListReportSource['rows'],
  more: Partial<ListReportSource> = {},
): ListReportSource => ({
  rows,
  titleOf: (kind, id) => titles[`${kind}:${id}`],
  filters: {},
  periods: {},
  ...more,
})

const tableOf = (body: readonly Block[]) => body.find((block) => block.type === 'table')
const textOf = (body: readonly Block[]) =>
  body.map((block) => ('text' in block ? block.text : '')).join('\n')

describe('list reports', () => {
  it('are registered once, for kinds, fields and templates that exist', () => {
    const ids = LIST_REPORTS.map((report) => report.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const report of LIST_REPORTS) {
      expect(KIND_NAMES).toContain(report.kind)
      expect(templateById(report.template)).toBeDefined()
      expect(Object.keys(KINDS[report.kind].fields)).toContain(report.sort.field)
    }
  })
})

describe('督办事项清单', () => {
  const rows = [
    item('修订知识产权纠纷调解工作规则', 'doing', '2026-12-20'),
    item('建立企业知识产权服务联络员名录', 'todo', '2026-11-30'),
    item('举办专利导航培训', 'done', '2026-10-15'),
    item('梳理企业海外维权需求', 'todo', ''),
  ]

  it('lists the open items, soonest deadline first, overdue ones marked, the closed left out', () => {
    const definition = list.run(source(rows), context)
    const table = tableOf(definition.body)
    expect(table?.type === 'table' && table.columns).toEqual([
      '序号',
      '事项内容',
      '责任单位',
      '责任人',
      '完成期限',
      '状态',
    ])
    expect(table?.type === 'table' && table.rows).toEqual([
      [
        '1',
        '建立企业知识产权服务联络员名录',
        '天津市知识产权局牵头，天津市工商业联合会配合',
        '王芳',
        '2026年11月30日',
        '已逾期',
      ],
      [
        '2',
        '修订知识产权纠纷调解工作规则',
        '天津市知识产权局牵头，天津市工商业联合会配合',
        '王芳',
        '2026年12月20日',
        '进行中',
      ],
      [
        '3',
        '梳理企业海外维权需求',
        '天津市知识产权局牵头，天津市工商业联合会配合',
        '王芳',
        '未定',
        '未开始',
      ],
    ])
    expect(textOf(definition.body)).toContain(
      '截至2026年12月7日，未办结督办事项共3项，其中已逾期1项。',
    )
    expect(validateDefinition(definition).ok).toBe(true)
  })

  it('says for which unit and period it was drawn up', () => {
    const definition = list.run(
      source(rows, {
        filters: { leadUnits: [ipo] },
        periods: { dueOn: { from: '2026-10-01', to: '2026-12-31' } },
      }),
      context,
    )
    expect(definition.title).toBe('天津市知识产权局督办事项清单')
    expect(textOf(definition.body)).toContain(
      '天津市知识产权局牵头的完成期限在2026年第四季度的未办结督办事项共3项',
    )
  })

  it('says so when everything is done, with no empty table', () => {
    const definition = list.run(source([rows[2] ?? item('', 'done', '')]), context)
    expect(tableOf(definition.body)).toBeUndefined()
    expect(textOf(definition.body)).toContain('督办事项均已办结')
    expect(validateDefinition(definition).ok).toBe(true)
  })

  it('refuses, in Chinese, a stored item its kind no longer accepts', () => {
    expect(() => list.run(source([{ ...rows[0], id: 'x', content: '' }]), context)).toThrow(
      GeneratorSourceError,
    )
  })
})

describe('工作情况通报', () => {
  const bulletin = listReportById('liaison-bulletin')
  if (!bulletin) throw new Error('the 工作情况通报 is registered')
  const entry = (title: string, type: string, date: string, summary = '') => ({
    ...KINDS.liaisonEntry.empty(),
    id: title,
    title,
    type,
    date,
    units: [ipo],
    summary,
  })
  const rows = [
    entry(
      '发布民营企业知识产权服务十条措施',
      '出台服务举措',
      '2026-10-09',
      '措施涵盖快速预审、质押融资',
    ),
    entry('走访滨海新区12家科技型企业', '走访调研座谈', '2026-10-20'),
    entry('协调解决企业商标被抢注问题', '解决具体问题', '2026-11-03', '已提出无效宣告申请。'),
    entry('联合召开企业家座谈会', '走访调研座谈', '2026-11-18'),
  ]

  it('groups the entries by the five kinds in the policy’s order, each with its count', () => {
    const definition = bulletin.run(
      source(rows, { periods: { date: { from: '2026-10-01', to: '2026-12-31' } } }),
      context,
    )
    expect(definition.title).toBe('关于2026年第四季度工作互通情况的通报')
    const headings = definition.body.filter((block) => block.type === 'h1')
    expect(headings.map((block) => ('text' in block ? block.text : ''))).toEqual([
      '出台服务举措（1条）',
      '走访调研座谈（2条）',
      '解决具体问题（1条）',
    ])
    const text = textOf(definition.body)
    expect(text).toContain(
      '2026年第四季度，两部门共报送工作信息4条，其中出台服务举措1条，走访调研座谈2条，解决具体问题1条。',
    )
    expect(text).toContain(
      '1.2026年10月9日，天津市知识产权局发布民营企业知识产权服务十条措施。措施涵盖快速预审、质押融资。',
    )
    expect(text).toContain(
      '1.2026年11月3日，天津市知识产权局协调解决企业商标被抢注问题。已提出无效宣告申请。',
    )
    expect(text.endsWith('特此通报。')).toBe(true)
    expect(validateDefinition(definition).ok).toBe(true)
  })

  it('names the unit it is about, and says when there is nothing to report', () => {
    const definition = bulletin.run(source([], { filters: { units: [acfic] } }), context)
    expect(definition.title).toBe('关于天津市工商业联合会工作互通情况的通报')
    expect(textOf(definition.body)).toContain(
      '截至2026年12月7日，天津市工商业联合会暂无报送的工作信息。',
    )
    expect(validateDefinition(definition).ok).toBe(true)
  })
})
