import type { KindName } from '../../shared/kinds'

/** The measure word a count of each kind takes: 16 家企业, 3 人. */
export const COUNT_UNITS: Record<KindName, string> = {
  enterprise: '家',
  org: '个',
  contact: '人',
  document: '份',
}
