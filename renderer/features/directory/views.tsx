import ApartmentIcon from '@mui/icons-material/Apartment'
import ContactsIcon from '@mui/icons-material/Contacts'
import type { KindView } from '../../records/views'

const GROUP = '机构通讯录'

/** 机构: an organisation's page lists the contacts who work there. */
export const orgView: KindView = {
  kind: 'org',
  path: '/directory/orgs',
  countUnit: '个',
  nav: { label: '机构', icon: ApartmentIcon, group: GROUP },
  searchPlaceholder: '单位名称或简称',
  listTakesSearch: true,
  detailPanels: async () => {
    const { OrgContactsPanel } = await import('./OrgContactsPanel')
    return (id) => <OrgContactsPanel orgId={id} />
  },
}

export const contactView: KindView = {
  kind: 'contact',
  path: '/directory/contacts',
  countUnit: '人',
  nav: { label: '联系人', icon: ContactsIcon, group: GROUP },
  searchPlaceholder: '姓名、部门、职务或电话',
  listTakesSearch: true,
}
