import TravelExploreIcon from '@mui/icons-material/TravelExploreOutlined'
import type { KindView } from '../../records/views'

const GROUP = '调研走访'

/** 联合调研: its page lists its 走访记录 with where they stand, and starts a new one. */
export const surveyView: KindView = {
  kind: 'survey',
  path: '/surveys',
  countUnit: '项',
  nav: { label: '联合调研', icon: TravelExploreIcon, group: GROUP },
  searchPlaceholder: '调研题目',
  listTakesSearch: true,
}

/** 走访记录 are added on their survey's page and written on their own screen. */
export const visitView: KindView = {
  kind: 'visit',
  path: '/visits',
  countUnit: '次',
  searchPlaceholder: '企业名称、存在问题或企业诉求',
  listTakesSearch: true,
  detailPanels: async () => {
    const { VisitEnterprisePanel } = await import('./VisitEnterprisePanel')
    return (id) => <VisitEnterprisePanel visitId={id} />
  },
  childrenEditor: async () => {
    const { VisitsPanel } = await import('./VisitsPanel')
    return (surveyId) => <VisitsPanel surveyId={surveyId} />
  },
}
