import { chineseDate } from '../documents/chineseDate'
import type { Block } from '../documents/definition'
import { documentOptionsOf } from '../documents/templates'
import { ACTION_ITEM_WORKFLOW } from '../kinds/actionItem'
import { describePeriod } from '../text/periods'
import { isClosed, stateLabel } from '../workflow/workflow'
import { defineListReport } from './listReport'
import { partyNames } from './meetingText'
import { p } from '../documents/blockHelpers'

/**
 * Widths in characters of the table's 4号 text, a cell's padding included (the type area holds
 * about 31.6): 序号 and 已逾期 on one line, 2026年 / 11月30日 on two, the rest to the content.
 */
const COLUMN_WEIGHTS = [3.1, 8.9, 6.4, 4.1, 5, 4.1]

/** 市知识产权局牵头，市工商联配合 (or only who leads, or only who helps). */
function unitsLine(lead: string, partners: string): string {
  if (!partners) return lead
  return lead ? `${lead}牵头，${partners}配合` : `${partners}配合`
}

/**
 * 督办事项清单: the open 督办事项 the list shows (one unit's, those due in a period), as a table
 * with who leads, who helps, who answers for it, by when and how far it got; overdue ones say so.
 */
export const actionItemList = defineListReport({
  id: 'action-item-list',
  kind: 'actionItem',
  label: '生成督办事项清单',
  template: 'notice',
  sort: { field: 'dueOn', direction: 'asc' },
  build: ({ rows, titleOf, filters, periods }, context) => {
    const open = rows.filter((item) => !isClosed(ACTION_ITEM_WORKFLOW, item.state))
    // Items with a deadline first, soonest first; those without one after them.
    const ordered = [...open].sort(
      (a, b) => Number(a.dueOn === '') - Number(b.dueOn === '') || a.dueOn.localeCompare(b.dueOn),
    )
    const overdue = ordered.filter((item) => item.dueOn !== '' && item.dueOn < context.today)
    const units = (filters.leadUnits ?? []).map((value) => partyNames([value], titleOf))
    const period = describePeriod(periods.dueOn ?? { from: '', to: '' })
    const scope = [
      units.length > 0 ? `${units.join('、')}牵头的` : '',
      period ? `完成期限在${period}的` : '',
    ].join('')
    const summary =
      ordered.length === 0
        ? `截至${chineseDate(context.today)}，${scope}督办事项均已办结。`
        : `截至${chineseDate(context.today)}，${scope}未办结督办事项共${ordered.length}项，其中已逾期${overdue.length}项。`
    const body: Block[] = [p(summary)]
    if (ordered.length > 0) {
      body.push({
        type: 'table',
        columns: ['序号', '事项内容', '责任单位', '责任人', '完成期限', '状态'],
        rows: ordered.map((item, index) => [
          String(index + 1),
          item.content,
          unitsLine(partyNames(item.leadUnits, titleOf), partyNames(item.partnerUnits, titleOf)),
          partyNames(item.owners, titleOf),
          item.dueOn ? chineseDate(item.dueOn) : '未定',
          overdue.includes(item) ? '已逾期' : stateLabel(ACTION_ITEM_WORKFLOW, item.state),
        ]),
        columnWeights: COLUMN_WEIGHTS,
      })
    }
    return {
      format: 'file',
      issuers: [context.issuer],
      title: `${units.length === 1 ? (units[0] ?? '') : ''}督办事项清单`,
      body,
      date: context.today,
      options: documentOptionsOf(context),
    }
  },
})
