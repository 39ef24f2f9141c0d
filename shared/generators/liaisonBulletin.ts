import { chineseDate } from '../documents/chineseDate'
import type { Block } from '../documents/definition'
import { documentOptionsOf } from '../documents/templates'
import { LIAISON_TYPES } from '../kinds/liaison'
import { describePeriod } from '../text/periods'
import { defineListReport } from './listReport'
import { paragraphsOf, partyNames, sentence } from './meetingText'
import { p } from '../documents/blockHelpers'

/**
 * 工作情况通报 (文件格式, numbered from the 发文登记): the work news the 工作互通 list shows (a
 * period, some units), grouped by the five kinds of clause (一)3 with a count each, every entry
 * with its date, units, title and summary.
 */
export const liaisonBulletin = defineListReport({
  id: 'liaison-bulletin',
  kind: 'liaisonEntry',
  label: '生成工作情况通报',
  template: 'bulletin',
  sort: { field: 'date', direction: 'asc' },
  build: ({ rows, titleOf, filters, periods }, context) => {
    const period = describePeriod(periods.date ?? { from: '', to: '' })
    const units = (filters.units ?? []).map((value) => partyNames([value], titleOf))
    const groups = LIAISON_TYPES.map((type) => ({
      label: type.label,
      entries: rows.filter((entry) => entry.type === type.value),
    })).filter((group) => group.entries.length > 0)
    const counts = groups.map((group) => `${group.label}${group.entries.length}条`).join('，')
    const when = period || `截至${chineseDate(context.today)}`
    const who = units.length > 0 ? units.join('、') : '两部门'
    const body: Block[] = [
      p(
        rows.length === 0
          ? `${when}，${who}暂无报送的工作信息。`
          : `${when}，${who}共报送工作信息${rows.length}条，其中${counts}。现将有关情况通报如下。`,
      ),
    ]
    for (const group of groups) {
      // The engine numbers the headings 一、二、… in order.
      body.push({ type: 'h1', text: `${group.label}（${group.entries.length}条）` })
      group.entries.forEach((entry, index) => {
        const by = partyNames(entry.units, titleOf)
        const summary = paragraphsOf(entry.summary).map(sentence).join('')
        body.push(
          p(
            `${index + 1}.${chineseDate(entry.date)}，${by ? by : ''}${sentence(entry.title)}${summary}`,
          ),
        )
      })
    }
    body.push(p('特此通报。'))
    return {
      format: 'file',
      issuers: [context.issuer],
      title: `关于${period}${units.length === 1 ? (units[0] ?? '') : ''}工作互通情况的通报`,
      mainRecipients: '各区知识产权局、工商联',
      body,
      date: context.today,
      printer: `${context.issuer}办公室`,
      printDate: context.today,
      options: documentOptionsOf(context),
    }
  },
})
