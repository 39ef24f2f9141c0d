import type { Block } from '../documents/definition'
import { documentOptionsOf } from '../documents/templates'
import { KINDS } from '../kinds'
import { displayValue } from '../kinds/display'
import { isClosed } from '../workflow/workflow'
import { FOLLOW_UP_WORKFLOW } from '../kinds/followUp'
import { defineGenerator } from './generator'
import { p } from '../documents/blockHelpers'

/** The table's columns: the follow-up fields a reader of the letter needs. */
const COLUMNS = ['content', 'handledBy', 'dueOn', 'state'] as const

/**
 * 企业服务情况函: tells an enterprise how the matters it raised (its 跟进事项) are being handled,
 * one table row per matter, with a count of what is done and what is still open.
 */
export const enterpriseServiceLetter = defineGenerator({
  id: 'enterprise-service-letter',
  kind: 'enterprise',
  label: '生成企业服务情况函',
  template: 'letter',
  build: ({ record, children, titleOf }, context) => {
    const followUps = children.followUp ?? []
    const countOf = (state: string) => followUps.filter((item) => item.state === state).length
    const done = followUps.filter((item) => isClosed(FOLLOW_UP_WORKFLOW, String(item.state))).length
    const tally = [
      [done, '已办结'],
      [countOf('doing'), '正在办理'],
      [countOf('todo'), '尚未开始'],
    ] as const
    const definition = KINDS.followUp
    const body: Block[] = [
      p(
        '为贯彻落实《关于强化知识产权服务民营企业的实施意见》，我局对贵公司提出的知识产权服务事项逐项登记、跟踪办理。现将办理情况函告如下。',
      ),
    ]
    if (followUps.length === 0) {
      body.push(p('目前贵公司暂无需要跟进办理的事项。如有知识产权方面的需求，欢迎随时与我局联系。'))
    } else {
      body.push({
        type: 'table',
        title: '知识产权服务事项办理情况',
        columns: ['序号', ...COLUMNS.map((field) => definition.fields[field].label)],
        rows: followUps.map((item, index) => [
          String(index + 1),
          ...COLUMNS.map((field) => displayValue(definition, field, item[field], titleOf) || '—'),
        ]),
      })
      const parts = tally
        .filter(([count]) => count > 0)
        .map(([count, label]) => `${label}${String(count)}项`)
      body.push(
        p(
          done === followUps.length
            ? `以上${String(followUps.length)}项事项均已办结。`
            : `以上${String(followUps.length)}项事项中，${parts.join('，')}。对尚未办结的事项，我局将按期限抓紧办理，并及时向贵公司反馈。`,
        ),
      )
    }
    body.push(p('特此函告。'))
    return {
      format: 'letter',
      issuers: [context.issuer],
      title: '关于贵公司知识产权服务事项办理情况的函',
      mainRecipients: record.name,
      body,
      date: context.today,
      options: documentOptionsOf(context),
    }
  },
})
