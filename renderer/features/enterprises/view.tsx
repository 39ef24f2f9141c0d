import BusinessIcon from '@mui/icons-material/Business'
import type { KindView } from '../../records/views'

/**
 * 企业库: the generic screens, with Excel import on its list, and on its page its visits and its
 * people's registrations for trainings.
 */
export const enterpriseView: KindView = {
  kind: 'enterprise',
  path: '/enterprises',
  countUnit: '家',
  nav: { label: '企业库', icon: BusinessIcon, group: '基础数据' },
  searchPlaceholder: '企业名称或统一社会信用代码',
  listTakesSearch: true,
  list: async () => {
    const { EnterpriseListPage } = await import('./EnterpriseListPage')
    return <EnterpriseListPage />
  },
  detailPanels: async () => {
    const { LinkedRecordsPanel } = await import('../../records/links/LinkedRecordsPanel')
    return (id) => (
      <>
        <LinkedRecordsPanel kind="visit" field="enterprise" target={{ kind: 'enterprise', id }} />
        <LinkedRecordsPanel
          kind="registration"
          field="enterprise"
          target={{ kind: 'enterprise', id }}
        />
      </>
    )
  },
}
