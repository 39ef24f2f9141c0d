import { chineseDate } from '../documents/chineseDate'
import type { Block } from '../documents/definition'
import { documentOptionsOf } from '../documents/templates'
import { p, h1 } from '../documents/blockHelpers'
import { storedItems } from '../kinds/items'
import { workingDaysBefore } from '../workdays/deadlines'
import { workCalendar, type WorkCalendar } from '../workdays/workCalendar'
import { defineGenerator } from './generator'
import { partyNames, timeSpan } from './meetingText'

/** Working days before the start by which the 报名回执表 is asked back (the user may edit it). */
const REPLY_WORKING_DAYS = 3

/** Empty rows of the 报名回执表: enough for one unit's people, on one page. */
const REPLY_ROWS = 12

/** The 报名回执表 the enterprises fill in; its columns are those 导入报名表 reads back. */
export const REPLY_COLUMNS = ['单位', '姓名', '职务', '联系电话', '备注'] as const

/** 日程 as a table: 时间 and 主讲人 only when some session has them. */
function scheduleTable(schedule: readonly Readonly<Record<string, string>>[]): Block {
  const withTime = schedule.some((session) => session.time)
  const withSpeaker = schedule.some((session) => session.speaker)
  return {
    type: 'table',
    columns: [...(withTime ? ['时间'] : []), '主题', ...(withSpeaker ? ['主讲人'] : [])],
    rows: schedule.map((session) => [
      ...(withTime ? [session.time ?? ''] : []),
      session.topic ?? '',
      ...(withSpeaker ? [session.speaker ?? ''] : []),
    ]),
  }
}

/** The day the replies are due: three working days before the start, or '' when that has passed. */
function replyDeadline(
  calendar: Pick<WorkCalendar, 'isWorkday'>,
  startAt: string,
  today: string,
): string {
  if (startAt === '') return ''
  const due = workingDaysBefore(calendar, startAt.slice(0, 10), REPLY_WORKING_DAYS)
  return due >= today ? due : ''
}

/**
 * 培训通知 (文件格式): when and where, for whom and how many places, the 日程 as a table, how to
 * register, with the 报名回执表 as its attachment — the columns 导入报名表 reads back.
 */
export const trainingNotice = defineGenerator({
  id: 'training-notice',
  kind: 'training',
  label: '生成培训通知',
  template: 'notice',
  build: ({ record: training, titleOf }, context) => {
    const when = timeSpan(training.startAt, training.endAt)
    const where = training.location ? `在${training.location}` : ''
    const kind = training.type && training.type !== '其他' ? training.type : '培训'
    const schedule = storedItems(training.schedule, 'topic')
    const hosts = partyNames(training.hosts, titleOf) || context.issuer
    const organizers = partyNames(training.organizers, titleOf)
    const due = replyDeadline(
      context.workCalendar ?? workCalendar(),
      training.startAt,
      context.today,
    )
    const places = training.capacity > 0 ? `名额${String(training.capacity)}人，额满为止。` : ''
    const body: Block[] = [
      p(`经研究，定于${when}${where}举办${training.name}。现将有关事项通知如下。`),
      h1(`${kind}时间和地点`),
      p(`${when}，${training.location || '地点另行通知'}。`),
      h1('主办和承办单位'),
      p(`主办单位：${hosts}${organizers ? `；承办单位：${organizers}` : ''}。`),
      h1(`${kind}对象`),
      p(
        `${training.audience ? `${training.audience.replace(/[。；]$/, '')}。` : '各有关企业相关负责人。'}${places}`,
      ),
      h1(`${kind}内容`),
      ...(schedule.length === 0
        ? [p('（请填写培训内容。）')]
        : [p('具体安排如下：'), scheduleTable(schedule)]),
      h1('报名方式'),
      p(
        `请${due ? `于${chineseDate(due)}前` : '尽快'}填写报名回执表（见附件），` +
          `报送${organizers || hosts}。`,
      ),
      h1('有关要求'),
      p('请参加人员提前15分钟到场签到。如因故不能参加，请提前告知承办单位。'),
    ]
    return {
      format: 'file',
      issuers: [context.issuer],
      title: `关于举办${training.name}的通知`,
      mainRecipients: '各有关单位、企业',
      body,
      attachments: [
        {
          title: `${training.name}报名回执表`,
          body: [
            {
              type: 'table',
              columns: [...REPLY_COLUMNS],
              rows: Array.from({ length: REPLY_ROWS }, () => REPLY_COLUMNS.map(() => '')),
              rowHeight: 10,
              columnWeights: [4, 2, 2, 3, 2],
            },
          ],
        },
      ],
      date: context.today,
      printer: `${context.issuer}办公室`,
      printDate: context.today,
      options: documentOptionsOf(context),
    }
  },
})
