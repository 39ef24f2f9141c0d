import { chineseDate } from '../documents/chineseDate'
import { industryName } from '../reference/industries'
import type { Block } from '../documents/definition'
import { documentOptionsOf } from '../documents/templates'
import { textOf } from '../kinds/display'
import { plannedEnterpriseIds } from '../surveys/visitProgress'
import { defineGenerator } from './generator'
import { paragraphsOf, partyNames } from './meetingText'
import { p, h1 } from '../documents/blockHelpers'

/** A section of the 方案 from a text the user wrote, or a line asking for it. */
const section = (heading: string, text: string): Block[] => {
  const paragraphs = paragraphsOf(text)
  return [
    h1(heading),
    ...(paragraphs.length > 0 ? paragraphs.map(p) : [p(`（请填写${heading}。）`)]),
  ]
}

/**
 * 调研方案: the survey's plan as a document both sides sign off before the visits — 调研目的,
 * 调研范围, 调研方式, 重点问题, 时间安排, 组织分工 and the enterprises to visit (a table).
 */
export const surveyPlan = defineGenerator({
  id: 'survey-plan',
  kind: 'survey',
  label: '生成调研方案',
  template: 'notice',
  build: ({ record: survey, titleOf, recordOf }, context) => {
    const { start, end } = survey.period
    const when =
      start && end
        ? `${chineseDate(start)}至${chineseDate(end)}`
        : start
          ? `${chineseDate(start)}起`
          : '（请填写起止日期）'
    const leads = partyNames(survey.leadUnits, titleOf)
    const partners = partyNames(survey.partnerUnits, titleOf)
    const planned = plannedEnterpriseIds(survey.plannedEnterprises)
    const body: Block[] = [
      p(`为做好${survey.title}工作，制定本方案。`),
      ...section('调研目的', survey.purpose),
      ...section('调研范围', survey.scope),
      ...section('调研方式', survey.method),
      ...section('重点问题', survey.keyQuestions),
      h1('时间安排'),
      p(`调研时间为${when}。`),
      h1('组织分工'),
      p(
        [leads && `${leads}牵头`, partners && `${partners}参与`].filter(Boolean).join('，') ||
          '（请填写牵头单位和参与单位。）',
      ),
    ]
    if (planned.length > 0) {
      body.push(h1('计划走访企业'), {
        type: 'table',
        columns: ['序号', '企业名称', '所属区', '所属行业'],
        rows: planned.map((id, index) => {
          const enterprise = recordOf?.('enterprise', id)
          return [
            String(index + 1),
            titleOf('enterprise', id) ?? '（已删除）',
            textOf(enterprise?.district),
            industryName(textOf(enterprise?.industry)),
          ]
        }),
        columnWeights: [1.2, 7, 2.6, 3.6],
      })
    }
    return {
      format: 'file',
      issuers: [context.issuer],
      title: `${survey.title}方案`,
      body,
      date: context.today,
      options: documentOptionsOf(context),
    }
  },
})
