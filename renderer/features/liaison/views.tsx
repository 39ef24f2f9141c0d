import RateReviewIcon from '@mui/icons-material/RateReviewOutlined'
import SwapHorizIcon from '@mui/icons-material/SwapHoriz'
import type { KindView } from '../../records/views'

const GROUP = '互通协作'

/** 工作互通: work news of both sides; its list makes the 工作情况通报 of a period. */
export const liaisonEntryView: KindView = {
  kind: 'liaisonEntry',
  path: '/liaison',
  countUnit: '条',
  nav: { label: '工作互通', icon: SwapHorizIcon, group: GROUP },
  searchPlaceholder: '标题或内容摘要',
  listTakesSearch: true,
}

/** 征求意见: a draft policy, its 反馈意见 (children) and the work news that mention it. */
export const consultationView: KindView = {
  kind: 'consultation',
  path: '/consultations',
  countUnit: '件',
  nav: { label: '征求意见', icon: RateReviewIcon, group: GROUP },
  searchPlaceholder: '征求意见稿名称',
  listTakesSearch: true,
  detailPanels: async () => {
    const { LinkedRecordsPanel } = await import('../../records/links/LinkedRecordsPanel')
    return (id) => (
      <LinkedRecordsPanel kind="liaisonEntry" field="links" target={{ kind: 'consultation', id }} />
    )
  },
}

/** 反馈意见 are written on their consultation's page. */
export const opinionView: KindView = {
  kind: 'opinion',
  path: '/opinions',
  countUnit: '条',
  searchPlaceholder: '意见内容或理由',
  listTakesSearch: true,
}
