import { chineseDate } from '../documents/chineseDate'
import { CHART_MAX_BARS, type Block } from '../documents/definition'
import { documentOptionsOf } from '../documents/templates'
import { textOf } from '../kinds/display'
import type { Answers } from '../surveys/questionnaire'
import { questionnaireResults, type QuestionResult } from '../surveys/questionnaireResults'
import { demandsOf } from '../surveys/demands'
import { problemsByTheme } from '../surveys/problemThemes'
import { percentOf, type CountItem } from '../charts/counts'
import { visitsByPlace } from '../surveys/surveyCharts'
import { defineGenerator, type SourceRow } from './generator'
import { paragraphsOf, partyNames } from './meetingText'
import { p, h1, h2 } from '../documents/blockHelpers'

/** A count table (区 or 行业, 走访企业数, 占比), largest first. */
function countTable(
  title: string,
  heading: string,
  items: readonly CountItem[],
  total: number,
): Block {
  return {
    type: 'table',
    title,
    columns: [heading, '走访企业数', '占比'],
    rows: items.map((item) => [
      item.label,
      String(item.count),
      `${percentOf(item.count, total).toFixed(1)}%`,
    ]),
    columnWeights: [3, 2, 2],
  }
}

/**
 * A chart of counts, numbered 图N. Past the bars a chart holds, the smallest are summed as 其他
 * (the table beside it lists them all).
 */
function countChart(figure: number, title: string, items: readonly CountItem[]): Block {
  const shown =
    items.length <= CHART_MAX_BARS
      ? items
      : [
          ...items.slice(0, CHART_MAX_BARS - 1),
          {
            label: '其他',
            count: items.slice(CHART_MAX_BARS - 1).reduce((sum, item) => sum + item.count, 0),
          },
        ]
  return {
    type: 'chart',
    title: `图${String(figure)} ${title}`,
    categories: shown.map((item) => item.label),
    values: shown.map((item) => item.count),
  }
}

/**
 * One question's result: a table of its options (and a chart of a single choice's), or a
 * sentence of its numbers or dates. `figure` numbers the chart.
 */
function resultBlocks(result: QuestionResult, index: number, figure: () => number): Block[] {
  const heading = `${String(index + 1)}. ${result.question.title}`
  switch (result.type) {
    case 'single':
    case 'multiple':
      return [
        {
          type: 'table',
          title: `${heading}（${result.type === 'single' ? '单选' : '多选'}，回答 ${String(result.answered)} 份）`,
          columns: ['选项', '次数', '占比'],
          rows: result.options.map((o) => [o.option, String(o.count), `${o.percent.toFixed(1)}%`]),
          columnWeights: [4, 1.5, 1.5],
        },
        ...(result.type === 'single' && result.answered > 0
          ? [
              countChart(
                figure(),
                result.question.title,
                result.options.map((o) => ({ label: o.option, count: o.count })),
              ),
            ]
          : []),
      ]
    case 'number':
      return [
        p(
          `${heading}：回答 ${String(result.answered)} 份，合计 ${String(result.sum)}，平均 ${String(result.average)}，最小 ${String(result.min)}，最大 ${String(result.max)}。`,
        ),
      ]
    case 'date':
      return [
        p(
          result.answered === 0
            ? `${heading}：无人回答。`
            : `${heading}：回答 ${String(result.answered)} 份，最早 ${chineseDate(result.earliest)}，最晚 ${chineseDate(result.latest)}。`,
        ),
      ]
    case 'text':
      return [p(`${heading}：回答 ${String(result.answered)} 份，详见走访记录。`)]
  }
}

const uniqueTexts = (texts: readonly string[]) => [...new Set(texts.flatMap(paragraphsOf))]

/**
 * 调研报告: drafted from a survey and its visits for the user to edit — 调研基本情况 (visits by
 * district and industry, with tables and charts), 主要发现 (problems grouped by theme), 企业诉求汇总 (a
 * table), 意见建议 and the questionnaire's results. Draft visits count as visited: the report
 * says how many are finished.
 */
export const surveyReport = defineGenerator({
  id: 'survey-report',
  kind: 'survey',
  label: '生成调研报告',
  template: 'report',
  build: ({ record: survey, children, titleOf, recordOf }, context) => {
    const visits: readonly SourceRow[] = children.visit ?? []
    const enterpriseOf = (visit: SourceRow) => recordOf?.('enterprise', textOf(visit.enterprise))
    const name = (visit: SourceRow) => textOf(visit.enterpriseName)
    const leads = partyNames(survey.leadUnits, titleOf)
    const partners = partyNames(survey.partnerUnits, titleOf)
    const who = [leads, partners].filter(Boolean).join('会同')
    const { start, end } = survey.period
    const when =
      start && end
        ? `于${chineseDate(start)}至${chineseDate(end)}`
        : start
          ? `自${chineseDate(start)}起`
          : ''
    const purpose = paragraphsOf(survey.purpose)[0]?.replace(/[。.]$/, '') ?? ''
    const done = visits.filter((visit) => visit.state === 'done').length
    const { byDistrict, byIndustry } = visitsByPlace(visits.map(enterpriseOf))
    let figures = 0
    const figure = () => (figures += 1)

    const body: Block[] = [
      p(
        `${purpose ? `为${purpose}，` : ''}${who}${when}开展${survey.title}。现将调研情况报告如下。`,
      ),
      h1('调研基本情况'),
      p(
        visits.length === 0
          ? '本次调研尚未记录走访情况。'
          : `本次调研共走访企业${String(visits.length)}家（其中已完成走访记录${String(done)}家）` +
              `，涉及${String(byDistrict.length)}个区` +
              `${survey.method ? `，采取${paragraphsOf(survey.method)[0]?.replace(/[。.]$/, '') ?? ''}的方式` : ''}。`,
      ),
    ]
    if (visits.length > 0) {
      body.push(
        countTable('走访企业按区分布', '所属区', byDistrict, visits.length),
        countChart(figure(), '走访企业按区分布', byDistrict),
        countTable('走访企业按行业分布', '所属行业', byIndustry, visits.length),
        countChart(figure(), '走访企业按行业分布', byIndustry),
      )
    }

    body.push(h1('主要发现'))
    const themes = problemsByTheme(
      visits.map((v) => ({ enterprise: name(v), text: textOf(v.problems) })),
    )
    if (themes.length === 0) body.push(p('走访记录中尚未记录存在问题。'))
    for (const theme of themes) {
      const enterprises = new Set(theme.items.map((item) => item.enterprise)).size
      // The same problem noted at several enterprises is said once, with who raised it.
      const byText = new Map<string, string[]>()
      for (const item of theme.items)
        byText.set(item.text, [...(byText.get(item.text) ?? []), item.enterprise])
      body.push(
        h2(theme.theme, `${String(enterprises)}家企业反映。`),
        ...[...byText].map(([text, names]) =>
          p(
            names.length > 1
              ? `${names.join('、')}等${String(names.length)}家企业：${text}`
              : `${names[0] ?? ''}：${text}`,
          ),
        ),
      )
    }

    body.push(h1('企业诉求汇总'))
    const demands = visits.flatMap((v) =>
      demandsOf(v.demands).map((demand) => ({ enterprise: name(v), ...demand })),
    )
    body.push(
      demands.length === 0
        ? p('走访记录中尚未记录企业诉求。')
        : {
            type: 'table',
            columns: ['序号', '企业', '诉求', '类型'],
            rows: demands.map((demand, index) => [
              String(index + 1),
              demand.enterprise,
              demand.text,
              [demand.ipType, demand.category].filter(Boolean).join('，'),
            ]),
            columnWeights: [1.2, 4, 7, 2.6],
          },
    )

    body.push(h1('意见建议'))
    const suggestions = uniqueTexts(visits.map((v) => textOf(v.suggestions)))
    body.push(...(suggestions.length === 0 ? [p('（请填写意见建议。）')] : suggestions.map(p)))

    const results = questionnaireResults(
      survey.questionnaire,
      visits.map((v) => (v.answers ?? {}) as Answers),
    )
    if (results.length > 0 && visits.length > 0) {
      body.push(
        h1('问卷调查结果'),
        ...results.flatMap((result, index) => resultBlocks(result, index, figure)),
      )
    }

    return {
      format: 'file',
      issuers: [context.issuer],
      title: survey.title.endsWith('报告') ? survey.title : `${survey.title}报告`,
      body,
      date: context.today,
      options: documentOptionsOf(context),
    }
  },
})
