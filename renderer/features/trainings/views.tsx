import SchoolIcon from '@mui/icons-material/SchoolOutlined'
import type { KindView } from '../../records/views'

const GROUP = '培训宣传'

/** 培训: its page lists its 报名 (children) and takes the 签到 at the door. */
export const trainingView: KindView = {
  kind: 'training',
  path: '/trainings',
  countUnit: '期',
  nav: { label: '培训', icon: SchoolIcon, group: GROUP },
  searchPlaceholder: '培训名称、地点或日程',
  listTakesSearch: true,
  detailPanels: async () => {
    const { SignInPanel } = await import('./SignInPanel')
    return (id) => <SignInPanel trainingId={id} />
  },
}

/** 报名 are added on their training's page, one by one or at the door (现场). */
export const registrationView: KindView = {
  kind: 'registration',
  path: '/registrations',
  countUnit: '人',
  searchPlaceholder: '姓名、单位或电话',
  listTakesSearch: true,
}
