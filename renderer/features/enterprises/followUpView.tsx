import TaskIcon from '@mui/icons-material/TaskAltOutlined'
import type { KindView } from '../../records/views'

/** 跟进事项: added on an enterprise's page; listed here across enterprises with their deadlines. */
export const followUpView: KindView = {
  kind: 'followUp',
  path: '/follow-ups',
  countUnit: '项',
  nav: { label: '跟进事项', icon: TaskIcon, group: '基础数据' },
  searchPlaceholder: '事项内容',
  listTakesSearch: true,
}
