import ArticleIcon from '@mui/icons-material/ArticleOutlined'
import GavelIcon from '@mui/icons-material/GavelOutlined'
import CampaignIcon from '@mui/icons-material/CampaignOutlined'
import NewspaperIcon from '@mui/icons-material/NewspaperOutlined'
import type { KindView } from '../../records/views'

/** What the two sides tell enterprises about: policies, reference cases, and the press's reports. */
const GROUP = '培训宣传'

/** 信息通报: issues of a 信息通报 or 工作简报, each made into a 简报 with its 期号. */
export const briefingView: KindView = {
  kind: 'briefing',
  path: '/briefings',
  countUnit: '期',
  nav: { label: '信息通报', icon: NewspaperIcon, group: GROUP },
  searchPlaceholder: '标题或按语',
  listTakesSearch: true,
}

/** 政策文件: searchable by name, issuer, 文号 and 摘要; narrowed by 时间段. */
export const policyView: KindView = {
  kind: 'policy',
  path: '/policies',
  countUnit: '件',
  nav: { label: '政策文件', icon: ArticleIcon, group: GROUP },
  searchPlaceholder: '名称、发布机关、文号或摘要',
  listTakesSearch: true,
}

/** 参考案例: a library narrowed by 知识产权类型 and 案件类型. */
export const referenceCaseView: KindView = {
  kind: 'referenceCase',
  path: '/reference-cases',
  countUnit: '件',
  nav: { label: '参考案例', icon: GavelIcon, group: GROUP },
  searchPlaceholder: '标题、处理机关、案情或典型意义',
  listTakesSearch: true,
}

/** 宣传报道: the media's reports of the two sides' work. */
export const publicityView: KindView = {
  kind: 'publicity',
  path: '/publicity',
  countUnit: '篇',
  nav: { label: '宣传报道', icon: CampaignIcon, group: GROUP },
  searchPlaceholder: '标题、媒体或备注',
  listTakesSearch: true,
}
