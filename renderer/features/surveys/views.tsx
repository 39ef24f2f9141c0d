import TravelExploreIcon from '@mui/icons-material/TravelExploreOutlined'
import type { KindView } from '../../records/views'

const GROUP = '调研走访'

/**
 * 联合调研: its page lists its 走访记录 with where they stand, its 问卷 and the 调研统计 of
 * the visits and answers.
 */
export const surveyView: KindView = {
  kind: 'survey',
  path: '/surveys',
  countUnit: '项',
  nav: { label: '联合调研', icon: TravelExploreIcon, group: GROUP },
  searchPlaceholder: '调研题目',
  listTakesSearch: true,
  detailPanels: async () => {
    const [{ QuestionnairePanel }, { SurveyStatsPanel }] = await Promise.all([
      import('./QuestionnairePanel'),
      import('./SurveyStatsPanel'),
    ])
    return (id) => (
      <>
        <QuestionnairePanel surveyId={id} />
        <SurveyStatsPanel surveyId={id} />
      </>
    )
  },
}

/**
 * 走访记录 are added on their survey's page and written on their own screen; a visit's page
 * links to the enterprise and takes the survey's 问卷.
 */
export const visitView: KindView = {
  kind: 'visit',
  path: '/visits',
  countUnit: '次',
  searchPlaceholder: '企业名称、存在问题或企业诉求',
  listTakesSearch: true,
  detailPanels: async () => {
    const [{ VisitEnterprisePanel }, { AnswersPanel }] = await Promise.all([
      import('./VisitEnterprisePanel'),
      import('./AnswersPanel'),
    ])
    return (id) => (
      <>
        <VisitEnterprisePanel visitId={id} />
        <AnswersPanel visitId={id} />
      </>
    )
  },
  checkMove: async (api, visit, to) => {
    const { checkVisitMove } = await import('./checkVisitMove')
    return checkVisitMove(api, visit, to)
  },
  childrenEditor: async () => {
    const { VisitsPanel } = await import('./VisitsPanel')
    return (surveyId) => <VisitsPanel surveyId={surveyId} />
  },
}
