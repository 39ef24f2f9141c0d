import type { SvgIconComponent } from '@mui/icons-material'
import ApartmentIcon from '@mui/icons-material/Apartment'
import BusinessIcon from '@mui/icons-material/Business'
import ContactsIcon from '@mui/icons-material/Contacts'
import DashboardIcon from '@mui/icons-material/SpaceDashboard'
import DescriptionIcon from '@mui/icons-material/DescriptionOutlined'
import SettingsIcon from '@mui/icons-material/Settings'

export interface NavItem {
  readonly label: string
  readonly path: string
  readonly icon: SvgIconComponent
  /** Group heading shown above the item in the side navigation. */
  readonly group?: string
}

/** The modules that exist, in the order of the side navigation. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: '工作台', path: '/', icon: DashboardIcon },
  { label: '企业库', path: '/enterprises', icon: BusinessIcon, group: '基础数据' },
  { label: '机构', path: '/directory/orgs', icon: ApartmentIcon, group: '机构通讯录' },
  { label: '联系人', path: '/directory/contacts', icon: ContactsIcon, group: '机构通讯录' },
  { label: '公文', path: '/documents', icon: DescriptionIcon, group: '公文办理' },
  { label: '设置', path: '/settings', icon: SettingsIcon, group: '系统' },
]
