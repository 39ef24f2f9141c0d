import { chineseDate } from '../documents/chineseDate'
import type { Block } from '../documents/definition'
import { documentOptionsOf } from '../documents/templates'
import { p, h1 } from '../documents/blockHelpers'
import { textOf } from '../kinds/display'
import { decodeParty } from '../kinds/parties'
import type { KindName } from '../kinds'
import { defineGenerator, type SourceRow } from './generator'
import { paragraphsOf, partyNames, sentence } from './meetingText'

const dateOf = (value: unknown) => {
  const text = textOf(value)
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? chineseDate(text) : ''
}

/** What an item says: its title as a heading, then what the issue tells of it. */
function itemBlocks(kind: KindName, row: SourceRow, titleOf: Parameters<typeof partyNames>[1]) {
  const title = textOf(row.name) || textOf(row.title)
  const text: string[] = []
  if (kind === 'policy') {
    const when = dateOf(row.issuedOn)
    const by = textOf(row.issuer)
    const number = textOf(row.documentNumber)
    text.push(
      `${when}${by ? `${when ? '，' : ''}${by}` : ''}${when || by ? '印发' : '印发了'}《${title}》` +
        `${number ? `（${number}）` : ''}。`,
      ...paragraphsOf(textOf(row.summary)).map(sentence),
    )
  } else if (kind === 'referenceCase') {
    const about = [
      textOf(row.authority),
      textOf(row.year) ? `${textOf(row.year)}年` : '',
      textOf(row.caseType),
    ]
      .filter(Boolean)
      .join('，')
    if (about) text.push(`（${about}）`)
    const summary = paragraphsOf(textOf(row.summary))
    const meaning = paragraphsOf(textOf(row.significance))
    if (summary.length > 0) text.push(sentence(`案情摘要：${summary.join('')}`))
    if (meaning.length > 0) text.push(sentence(`典型意义：${meaning.join('')}`))
  } else if (kind === 'survey') {
    const leads = partyNames(row.leadUnits, titleOf)
    text.push(
      ...(leads ? [`${leads}牵头开展${title}。`] : []),
      ...paragraphsOf(textOf(row.purpose)).map(sentence),
      ...paragraphsOf(textOf(row.keyQuestions)).map((line) => sentence(`重点问题：${line}`)),
    )
  } else {
    const when = dateOf(row.date)
    text.push(
      ...(when ? [`${when}，${title.replace(/[。]$/, '')}。`] : []),
      ...paragraphsOf(textOf(row.summary)).map(sentence),
    )
  }
  return [h1(title), ...(text.length > 0 ? text : ['（请填写内容。）']).map(p)]
}

/**
 * 简报 of a 信息通报 / 工作简报 issue: the series' red head with the issue's 期号 (counted per series
 * and year, as 纪要 are), the 按语, one section per picked item in the order picked, and the 报送 /
 * 分送 rows of the 版记.
 */
export const briefingIssue = defineGenerator({
  id: 'briefing-issue',
  kind: 'briefing',
  label: '生成简报',
  template: 'minutes',
  minutesSeries: (briefing, context) => ({
    mark: briefing.series || '信息通报',
    year: Number((briefing.issuedOn || context.today).slice(0, 4)),
  }),
  build: ({ record: briefing, titleOf, recordOf, minutesIssue }, context) => {
    const body: Block[] = paragraphsOf(briefing.intro).map((line) => p(sentence(line)))
    for (const item of briefing.items) {
      const party = decodeParty(item)
      if (!party || party.kind === 'name') continue
      const row = recordOf?.(party.kind, party.id)
      // An item deleted since it was picked is left out rather than printed empty.
      if (row) body.push(...itemBlocks(party.kind, row, titleOf))
    }
    return {
      format: 'minutes',
      issuers: [context.issuer],
      markText: briefing.series || '信息通报',
      ...(minutesIssue ? { documentNumber: `第${String(minutesIssue)}期` } : {}),
      title: briefing.title,
      body: body.length > 0 ? body : [p('（请选择通报内容。）')],
      date: briefing.issuedOn || context.today,
      ...(briefing.reportTo.length > 0 ? { reportTo: [...briefing.reportTo] } : {}),
      ...(briefing.sendTo.length > 0 ? { sendTo: [...briefing.sendTo] } : {}),
      printer: `${context.issuer}办公室`,
      printDate: briefing.issuedOn || context.today,
      options: documentOptionsOf(context),
    }
  },
})
