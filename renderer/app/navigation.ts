import type { SvgIconComponent } from '@mui/icons-material'
import DashboardIcon from '@mui/icons-material/SpaceDashboard'
import RecycleBinIcon from '@mui/icons-material/DeleteSweepOutlined'
import SettingsIcon from '@mui/icons-material/Settings'
import { navigatedViews } from '../records/views'
import './views'

export interface NavItem {
  readonly label: string
  readonly path: string
  readonly icon: SvgIconComponent
  /** Group heading shown above the item in the side navigation. */
  readonly group?: string
}

/** The side navigation: 工作台, each kind's view as its feature declared it, then 设置. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: '工作台', path: '/', icon: DashboardIcon },
  ...navigatedViews().map((view) => ({ ...view.nav, path: view.path })),
  { label: '回收站', path: '/recycle-bin', icon: RecycleBinIcon, group: '系统' },
  { label: '设置', path: '/settings', icon: SettingsIcon, group: '系统' },
]
