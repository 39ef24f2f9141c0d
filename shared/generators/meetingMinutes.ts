import type { Block } from '../documents/definition'
import { documentOptionsOf } from '../documents/templates'
import { textOf } from '../kinds/display'
import { defineGenerator } from './generator'
import { meetingTime, numbered, paragraphsOf, partyList, partyNames } from './meetingText'
import { p, h1 } from '../documents/blockHelpers'

/** 会商会 → 会商会纪要; a type that is not a meeting's name (其他) gives 会议纪要. */
export function minutesMark(type: string): string {
  return type === '' || type === '其他' ? '会议纪要' : `${type}纪要`
}

/**
 * 会议纪要 of a meeting: mark by its type, 期号 in its series, an opening paragraph (when, where,
 * who held and chaired it), one section per agenda item with its notes, the decisions, and the
 * attendance lines.
 */
export const meetingMinutes = defineGenerator({
  id: 'meeting-minutes',
  kind: 'meeting',
  label: '生成会议纪要',
  template: 'minutes',
  minutesSeries: (meeting, context) => ({
    mark: minutesMark(meeting.type),
    year: Number((meeting.startAt || context.today).slice(0, 4)),
  }),
  build: ({ record: meeting, children, titleOf, minutesIssue }, context) => {
    const agenda = children.agendaItem ?? []
    const decisions = children.decision ?? []
    const hosts = partyNames(meeting.hosts, titleOf) || context.issuer
    const chair = partyNames(meeting.chair, titleOf)
    const when = meetingTime(meeting.startAt)
    const opening = [
      `${when}${when ? '，' : ''}${hosts}${meeting.location ? `在${meeting.location}` : ''}召开${meeting.name}。`,
      chair ? `会议由${chair}主持。` : '',
      agenda.length > 0
        ? `会议围绕${agenda.map((item) => textOf(item.title).replace(/[。；，]$/, '')).join('、')}等议题进行了研究。`
        : '',
      '现纪要如下。',
    ].join('')
    const body: Block[] = [p(opening)]
    for (const item of agenda) {
      body.push(h1(textOf(item.title)))
      const notes = paragraphsOf(textOf(item.notes))
      body.push(...(notes.length > 0 ? notes : ['（会议记录待补充）']).map(p))
    }
    if (decisions.length > 0) {
      body.push(h1('会议议定事项'))
      body.push(...numbered(decisions.map((decision) => textOf(decision.content))).map(p))
    }
    const present = partyList(meeting.present, titleOf)
    const absent = partyList(meeting.absent, titleOf)
    const observers = partyList(meeting.observers, titleOf)
    return {
      format: 'minutes',
      issuers: [context.issuer],
      markText: minutesMark(meeting.type),
      ...(minutesIssue ? { documentNumber: `第${String(minutesIssue)}期` } : {}),
      title: meeting.name.endsWith('纪要') ? meeting.name : `${meeting.name}纪要`,
      body,
      date: meeting.startAt ? meeting.startAt.slice(0, 10) : context.today,
      attendance: {
        ...(present.length > 0 ? { present } : {}),
        ...(absent.length > 0 ? { absent } : {}),
        ...(observers.length > 0 ? { observers } : {}),
      },
      printer: `${context.issuer}办公室`,
      printDate: context.today,
      options: documentOptionsOf(context),
    }
  },
})
