import { chineseDate } from '../documents/chineseDate'
import type { Block } from '../documents/definition'
import { documentOptionsOf } from '../documents/templates'
import { ADOPTION_OPTIONS } from '../kinds/consultation'
import { textOf } from '../kinds/display'
import { defineGenerator } from './generator'
import { partyNames } from './meetingText'
import { p } from '../documents/blockHelpers'

/** What an opinion not yet decided on reads as. */
const PENDING = '待研究'

/**
 * Widths in characters of the table's 4号 text, a cell's padding included (the type area holds
 * about 31.6): 序号 and 部分采纳 on one line, 意见内容 and 理由 sharing the rest.
 */
const COLUMN_WEIGHTS = [3.1, 6, 10.4, 5.1, 7]

/**
 * 意见采纳情况汇总表: every opinion received on a draft, who gave it, whether it was adopted and
 * why, as a table, with the counts of each decision before it.
 */
export const opinionSummary = defineGenerator({
  id: 'opinion-summary',
  kind: 'consultation',
  label: '生成意见采纳情况汇总表',
  template: 'notice',
  build: ({ record: consultation, children, titleOf }, context) => {
    const opinions = children.opinion ?? []
    const decisionOf = (opinion: (typeof opinions)[number]) => textOf(opinion.adoption) || PENDING
    const tally = [...ADOPTION_OPTIONS.map((option) => option.value), PENDING]
      .map((decision) => ({
        decision,
        count: opinions.filter((opinion) => decisionOf(opinion) === decision).length,
      }))
      .filter(({ count }) => count > 0)
      .map(({ decision, count }) => `${decision}${count}条`)
      .join('，')
    const asked = partyNames(consultation.asked, titleOf)
    const deadline = consultation.deadline
      ? `，征求意见期限至${chineseDate(consultation.deadline)}`
      : ''
    const body: Block[] = [
      p(
        `《${consultation.name}》${asked ? `向${asked}征求意见` : '公开征求意见'}${deadline}。` +
          (opinions.length === 0
            ? '未收到反馈意见。'
            : `共收到反馈意见${opinions.length}条，其中${tally}。具体情况如下。`),
      ),
    ]
    if (opinions.length > 0) {
      body.push({
        type: 'table',
        columns: ['序号', '意见来源', '意见内容', '采纳情况', '理由'],
        rows: opinions.map((opinion, index) => [
          String(index + 1),
          partyNames(opinion.sources, titleOf),
          textOf(opinion.content),
          decisionOf(opinion),
          textOf(opinion.reason),
        ]),
        columnWeights: COLUMN_WEIGHTS,
      })
    }
    return {
      format: 'file',
      issuers: [context.issuer],
      title: `《${consultation.name}》意见采纳情况汇总表`,
      body,
      date: context.today,
      options: documentOptionsOf(context),
    }
  },
})
