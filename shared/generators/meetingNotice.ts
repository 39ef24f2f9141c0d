import type { Block } from '../documents/definition'
import { documentOptionsOf } from '../documents/templates'
import { textOf } from '../kinds/display'
import { defineGenerator } from './generator'
import { numbered, partyList, timeSpan } from './meetingText'
import { p, h1 } from '../documents/blockHelpers'

/**
 * 会议通知 (文件格式): when and where, the agenda, who attends, and what to bring, addressed to
 * the enterprises and units taking part. The user picks 函 in the editor for a letter instead.
 */
export const meetingNotice = defineGenerator({
  id: 'meeting-notice',
  kind: 'meeting',
  label: '生成会议通知',
  template: 'notice',
  build: ({ record: meeting, children, titleOf }, context) => {
    const agenda = (children.agendaItem ?? []).map((item) =>
      textOf(item.title).replace(/[。；]$/, ''),
    )
    const enterprises = partyList(meeting.enterprises, titleOf)
    const units = partyList(meeting.organizers, titleOf)
    const people = [...partyList(meeting.chair, titleOf), ...partyList(meeting.present, titleOf)]
    const attendees = [...new Set([...people, ...enterprises.map((name) => `${name}负责同志`)])]
    const body: Block[] = [
      p(
        `经研究，定于${timeSpan(meeting.startAt, meeting.endAt)}召开${meeting.name}。现将有关事项通知如下。`,
      ),
      h1('会议时间'),
      p(`${timeSpan(meeting.startAt, meeting.endAt)}。`),
      h1('会议地点'),
      p(meeting.location ? `${meeting.location}。` : '另行通知。'),
    ]
    if (agenda.length > 0)
      body.push(h1('会议议程'), ...numbered(agenda.map((item) => `${item}。`)).map(p))
    if (attendees.length > 0) body.push(h1('参会人员'), p(`${attendees.join('、')}。`))
    body.push(h1('有关要求'), p('请参会人员提前10分钟到场签到。如不能参会，请提前告知会议联系人。'))
    return {
      format: 'file',
      issuers: [context.issuer],
      title: `关于召开${meeting.name}的通知`,
      // 、 within a kind of recipient, ， between kinds (GB/T 9704 7.2.4).
      mainRecipients:
        [units, enterprises]
          .filter((group) => group.length > 0)
          .map((group) => group.join('、'))
          .join('，') || '各有关单位',
      body,
      date: context.today,
      printer: `${context.issuer}办公室`,
      printDate: context.today,
      options: documentOptionsOf(context),
    }
  },
})
