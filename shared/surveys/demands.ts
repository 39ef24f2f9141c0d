import { optionsOf } from '../kinds/choiceInputs'
import { storedItems } from '../kinds/items'
import type { ItemColumn } from '../kinds/types'

/**
 * 企业诉求 as items on a visit: what the enterprise asks for, the kind of IP it concerns and what
 * kind of help it is. Each keeps an id, so the demands module can turn one into a 诉求 record and
 * keep the link.
 */

export const IP_TYPES = ['专利', '商标', '著作权', '商业秘密', '地理标志', '其他'] as const
export const DEMAND_CATEGORIES = [
  '确权申请',
  '维权保护',
  '转化运用',
  '质押融资',
  '培训指导',
  '政策咨询',
  '其他',
] as const

export const DEMAND_COLUMNS = [
  { name: 'text', label: '诉求内容', required: true, max: 500 },
  { name: 'ipType', label: '知识产权类型', options: optionsOf(IP_TYPES) },
  { name: 'category', label: '诉求类别', options: optionsOf(DEMAND_CATEGORIES) },
] as const satisfies readonly [ItemColumn, ...ItemColumn[]]

export interface Demand {
  readonly id: string
  readonly text: string
  readonly ipType: string
  readonly category: string
}

/** A visit's demands as stored (items, or the text written before demands were items). */
export function demandsOf(value: unknown): Demand[] {
  return storedItems(value, 'text').flatMap((item) => {
    const text = (item.text ?? '').trim()
    return text
      ? [{ id: item.id, text, ipType: item.ipType ?? '', category: item.category ?? '' }]
      : []
  })
}
