import { describe, expect, it } from 'vitest'
import { validateDefinition, type Block } from '../../../shared/documents/definition'
import type { TemplateContext } from '../../../shared/documents/templates'
import { generatorById, generatorsOf, type SourceRow } from '../../../shared/generators'
import { KINDS } from '../../../shared/kinds'
import { sampleSurvey } from '../../../shared/samples/survey'
import { problemsByTheme } from '../../../shared/surveys/problemThemes'

const context: TemplateContext = { issuer: '天津市知识产权局', today: '2026-12-07' }
const report = generatorById('survey-report')
if (!report) throw new Error('the 调研报告 is registered')

const DISTRICTS = ['和平区', '河西区', '滨海新区']
const enterprises = Array.from({ length: 20 }, (_, i) => ({
  ...KINDS.enterprise.empty(),
  id: `E${String(i)}`,
  name: `天津${String(i)}号科技有限公司`,
  district: DISTRICTS[i % 3] ?? '',
  industry: i < 12 ? 'C' : '',
}))
const plan = sampleSurvey(
  { ipOffice: 'ip', federation: 'acfic', contacts: ['c1'], enterprises },
  '2026-12-07',
)
const questionnaire = [
  { id: 'q1', type: 'single', title: '是否遭遇过侵权', required: true, options: ['是', '否'] },
  { id: 'q2', type: 'number', title: '研发人员数', required: false, options: [] },
]
const survey: SourceRow = { ...KINDS.survey.empty(), ...plan.survey, questionnaire, id: 'S' }
const visits: SourceRow[] = plan.visits.map((visit, index) => ({
  ...visit,
  id: `V${String(index)}`,
  parentId: 'S',
  answers: { q1: index < 5 ? '是' : '否', q2: 10 },
  ...(index === 0 ? { state: 'draft' } : {}),
}))
const titles: Record<string, string> = {
  'org:ip': '天津市知识产权局',
  'org:acfic': '天津市工商业联合会',
}

const run = (children: readonly SourceRow[]) =>
  report.run(
    {
      record: survey,
      children: { visit: children },
      titleOf: (kind, id) => titles[`${kind}:${id}`],
      recordOf: (kind, id) =>
        kind === 'enterprise' ? enterprises.find((e) => e.id === id) : undefined,
    },
    context,
  )

const tables = (body: readonly Block[]) =>
  body.flatMap((block) => (block.type === 'table' ? [block] : []))
const headings = (body: readonly Block[]) =>
  body.flatMap((block) => (block.type === 'h1' ? [block.text] : []))

describe('调研报告', () => {
  it('is offered on a survey’s page', () => {
    expect(generatorsOf('survey')).toContain(report)
    expect(report.label).toBe('生成调研报告')
  })

  it('has every section, counts the visits, and is a valid definition', () => {
    const definition = run(visits)
    expect(validateDefinition(definition).ok).toBe(true)
    expect(definition.title).toBe('民营企业知识产权保护需求联合调研报告')
    expect(headings(definition.body)).toEqual([
      '调研基本情况',
      '主要发现',
      '企业诉求汇总',
      '意见建议',
      '问卷调查结果',
    ])
    const opening = definition.body[0]
    expect(opening?.type === 'p' && opening.text).toContain(
      '天津市知识产权局会同天津市工商业联合会',
    )
    const basics = definition.body[2]
    expect(basics?.type === 'p' && basics.text).toContain(
      '共走访企业20家（其中已完成走访记录19家），涉及3个区',
    )
  })

  it('tabulates visits by district and industry, demands per enterprise, and the answers', () => {
    const [byDistrict, byIndustry, demands, answers] = tables(run(visits).body)
    expect(byDistrict?.rows).toEqual([
      ['和平区', '7', '35.0%'],
      ['河西区', '7', '35.0%'],
      ['滨海新区', '6', '30.0%'],
    ])
    expect(byIndustry?.rows).toEqual([
      ['制造业', '12', '60.0%'],
      ['未填写', '8', '40.0%'],
    ])
    expect(demands?.rows).toHaveLength(20)
    expect(demands?.columns).toEqual(['序号', '企业', '诉求', '类型'])
    expect(demands?.rows[0]?.slice(1)).toEqual([
      '天津0号科技有限公司',
      '希望开通商标维权快速通道。',
      '商标，维权保护',
    ])
    expect(answers?.rows).toEqual([
      ['是', '5', '25.0%'],
      ['否', '15', '75.0%'],
    ])
  })

  it('charts visits by district and industry and each answered single choice, numbered 图N', () => {
    const charts = run(visits).body.flatMap((block) => (block.type === 'chart' ? [block] : []))
    expect(charts.map((chart) => chart.title)).toEqual([
      '图1 走访企业按区分布',
      '图2 走访企业按行业分布',
      '图3 是否遭遇过侵权',
    ])
    expect(charts[0]?.categories).toEqual(['和平区', '河西区', '滨海新区'])
    expect(charts[0]?.values).toEqual([7, 7, 6])
    expect(charts[2]?.values).toEqual([5, 15])
  })

  it('sums the last bars as 其他 past the 25 a chart holds (the table lists them all)', () => {
    const options = Array.from({ length: 30 }, (_, i) => `选项${String(i)}`)
    const answered = [...options, '选项0'].map((option, index) => ({
      ...visits[0],
      id: `W${String(index)}`,
      answers: { q1: option },
    }))
    const wide = { ...survey, questionnaire: [{ ...questionnaire[0], options }] }
    const definition = report.run(
      { record: wide, children: { visit: answered }, titleOf: () => undefined },
      context,
    )
    expect(validateDefinition(definition).ok).toBe(true)
    const chart = definition.body.find(
      (block) => block.type === 'chart' && block.title.includes('侵权'),
    )
    if (chart?.type !== 'chart') throw new Error('the question has a chart')
    expect(chart.categories).toHaveLength(25)
    expect(chart.categories.at(-1)).toBe('其他')
    expect(chart.values.at(-1)).toBe(6)
    expect(chart.values.reduce((sum, value) => sum + value, 0)).toBe(31)
    expect(tables(definition.body).at(-1)?.rows).toHaveLength(30)
  })

  it('still drafts a report before any visit, saying so', () => {
    const definition = run([])
    expect(validateDefinition(definition).ok).toBe(true)
    expect(tables(definition.body)).toEqual([])
    expect(definition.body.some((block) => block.type === 'chart')).toBe(false)
    expect(JSON.stringify(definition.body)).toContain('本次调研尚未记录走访情况')
  })
})

describe('problem themes', () => {
  it('groups problems by their words, one under several themes, the rest under 其他问题', () => {
    const themes = problemsByTheme([
      { enterprise: '甲', text: '商标被抢注，维权周期长。' },
      { enterprise: '乙', text: '缺少融资渠道。' },
      { enterprise: '丙', text: '厂房租金上涨。' },
      { enterprise: '丁', text: '   ' },
    ])
    expect(themes.map((t) => [t.theme, t.items.map((i) => i.enterprise)])).toEqual([
      ['商标品牌保护', ['甲']],
      ['侵权维权', ['甲']],
      ['知识产权运用和融资', ['乙']],
      ['其他问题', ['丙']],
    ])
  })
})

describe('主要发现', () => {
  it('says a problem noted at several enterprises once, with who raised it', () => {
    const body = run(visits).body
    const findings = body.slice(
      body.findIndex((b) => b.type === 'h1' && b.text === '主要发现'),
      body.findIndex((b) => b.type === 'h1' && b.text === '企业诉求汇总'),
    )
    const said = findings.flatMap((b) => (b.type === 'p' ? [b.text] : []))
    expect(said).toContain(
      '天津0号科技有限公司、天津4号科技有限公司、天津8号科技有限公司、天津12号科技有限公司、天津16号科技有限公司等5家企业：缺少专职知识产权管理人员，专利布局意识不足。',
    )
    // Within a theme, nothing twice (a problem may fall under two themes).
    const sections: string[][] = []
    for (const block of findings) {
      if (block.type === 'h2') sections.push([])
      else if (block.type === 'p') sections.at(-1)?.push(block.text)
    }
    for (const section of sections) expect(new Set(section).size).toBe(section.length)
  })
})

describe('调研方案', () => {
  const plan = generatorById('survey-plan')
  if (!plan) throw new Error('the 调研方案 is registered')
  const names: Record<string, string> = {
    ...titles,
    ...Object.fromEntries(enterprises.map((e) => [`enterprise:${e.id}`, e.name])),
  }
  const build = (record: SourceRow) =>
    plan.run(
      {
        record,
        children: {},
        titleOf: (kind, id) => names[`${kind}:${id}`],
        recordOf: (kind, id) =>
          kind === 'enterprise' ? enterprises.find((e) => e.id === id) : undefined,
      },
      context,
    )

  it('sets out the plan’s sections, the dates, who leads, and the enterprises to visit', () => {
    const definition = build(survey)
    expect(validateDefinition(definition).ok).toBe(true)
    expect(definition.title).toBe('民营企业知识产权保护需求联合调研方案')
    expect(headings(definition.body)).toEqual([
      '调研目的',
      '调研范围',
      '调研方式',
      '重点问题',
      '时间安排',
      '组织分工',
      '计划走访企业',
    ])
    const text = JSON.stringify(definition.body)
    expect(text).toContain('天津市知识产权局牵头，天津市工商业联合会参与')
    const [table] = tables(definition.body)
    expect(table?.rows).toHaveLength(20)
    expect(table?.rows[1]).toEqual(['2', '天津1号科技有限公司', '河西区', '制造业'])
  })

  it('asks for what the plan does not say yet, and lists no table without enterprises', () => {
    const definition = build({ ...KINDS.survey.empty(), id: 'S2', title: '调研' })
    expect(validateDefinition(definition).ok).toBe(true)
    const text = JSON.stringify(definition.body)
    expect(text).toContain('（请填写调研目的。）')
    expect(text).toContain('（请填写起止日期）')
    expect(tables(definition.body)).toEqual([])
  })
})
