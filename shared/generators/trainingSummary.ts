import { chineseDate } from '../documents/chineseDate'
import type { Block } from '../documents/definition'
import { documentOptionsOf } from '../documents/templates'
import { textOf } from '../kinds/display'
import { storedItems } from '../kinds/items'
import { SATISFACTION_WORDS } from '../kinds/training'
import { trainingStats } from '../trainings/trainingStats'
import { defineGenerator, type SourceRow } from './generator'
import { partyNames } from './meetingText'
import { p, h1 } from '../documents/blockHelpers'

/**
 * 培训总结: drafted from a training and its 报名 for the user to edit — 基本情况 (who held it,
 * how many registered and came, from how many units), 培训内容 (the 日程), 学员反馈 (满意度 and
 * comments) and 下一步工作.
 */
export const trainingSummary = defineGenerator({
  id: 'training-summary',
  kind: 'training',
  label: '生成培训总结',
  template: 'report',
  build: ({ record: training, children, titleOf }, context) => {
    const registrations: readonly SourceRow[] = children.registration ?? []
    const stats = trainingStats(registrations, children.trainingFeedback ?? [])
    const hosts = partyNames(training.hosts, titleOf)
    const day = training.startAt ? chineseDate(training.startAt.slice(0, 10)) : ''
    const where = training.location ? `在${training.location}` : ''
    const schedule = storedItems(training.schedule, 'topic')
    const body: Block[] = [
      p(
        `${day ? `${day}，` : ''}${hosts}${where}举办${training.name}（${training.type || '培训'}）。现将有关情况总结如下。`,
      ),
      h1('基本情况'),
      p(
        `本次${training.type || '培训'}报名${String(stats.registered)}人，实到${String(stats.attended)}人` +
          (stats.walkIns > 0 ? `（其中现场报名${String(stats.walkIns)}人）` : '') +
          `，到课率${String(stats.attendanceRate)}%，来自${String(stats.units)}家企业和单位` +
          `${training.audience ? `，培训对象为${training.audience}` : ''}。`,
      ),
      h1('培训内容'),
      ...(schedule.length === 0
        ? [p('（请填写培训内容。）')]
        : schedule.map((session, index) => {
            const by = [session.speaker, session.time].filter(Boolean).join('，')
            return p(`${String(index + 1)}. ${session.topic ?? ''}${by ? `（${by}）` : ''}。`)
          })),
      h1('学员反馈'),
      p(
        stats.rated === 0
          ? '本次培训未收集满意度评价。'
          : `收回满意度评价${String(stats.rated)}份，平均${String(stats.average)}分（满分5分），` +
              `${stats.ratings
                .filter((r) => r.count > 0)
                .map((r) => `${SATISFACTION_WORDS[r.score] ?? ''}${String(r.count)}人`)
                .join('、')}，满意率${String(stats.satisfiedShare)}%。`,
      ),
      ...stats.comments.slice(0, 10).map((comment) => p(`学员反映：${comment}`)),
      h1('下一步工作'),
      p('（请填写下一步工作。）'),
    ]
    return {
      format: 'file',
      issuers: [context.issuer],
      title: `${textOf(training.name)}总结`,
      body,
      date: context.today,
      options: documentOptionsOf(context),
    }
  },
})
