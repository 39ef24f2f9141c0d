import SchoolIcon from '@mui/icons-material/SchoolOutlined'
import type { KindView } from '../../records/views'
import { RegistrationEnterpriseButton } from './RegistrationEnterpriseButton'

const GROUP = '培训宣传'

/**
 * 培训: its list gives the 培训统计 of what it shows; its page lists its 报名 (children), takes the
 * 签到 at the door and the 反馈 after.
 */
export const trainingView: KindView = {
  kind: 'training',
  path: '/trainings',
  countUnit: '期',
  nav: { label: '培训', icon: SchoolIcon, group: GROUP },
  searchPlaceholder: '培训名称、地点或日程',
  listTakesSearch: true,
  list: async () => {
    const { TrainingListPage } = await import('./TrainingListPage')
    return <TrainingListPage />
  },
  detailPanels: async () => {
    const { TrainingPanels } = await import('./TrainingPanels')
    return (id) => <TrainingPanels trainingId={id} />
  },
}

/**
 * 报名 are added on their training's page, one by one or at the door (现场); a unit not yet in
 * 企业库 is added to it (or linked to its namesake) from the row.
 */
export const registrationView: KindView = {
  kind: 'registration',
  path: '/registrations',
  countUnit: '人',
  searchPlaceholder: '姓名、单位或电话',
  listTakesSearch: true,
  rowActions: (registration) => <RegistrationEnterpriseButton registration={registration} />,
}

/** 匿名反馈 are typed in on their training's page, one 反馈表 after another. */
export const trainingFeedbackView: KindView = {
  kind: 'trainingFeedback',
  path: '/training-feedback',
  countUnit: '份',
  searchPlaceholder: '意见',
  listTakesSearch: true,
}
