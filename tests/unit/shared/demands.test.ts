import { describe, expect, it } from 'vitest'
import { displayValue, searchTextOf } from '../../../shared/kinds/display'
import { KINDS } from '../../../shared/kinds'
import { DEMAND_COLUMNS, demandsOf } from '../../../shared/surveys/demands'
import { itemsFromText, itemsText } from '../../../shared/kinds/items'

const schema = KINDS.visit.schema.shape.demands

describe('企业诉求 as items on a visit', () => {
  it('keeps each demand with its id, type and category; drops blank rows', () => {
    const parsed = schema.parse([
      { id: 'a', text: ' 希望开通商标维权快速通道。 ', ipType: '商标', category: '维权保护' },
      { id: 'b', text: '', ipType: '', category: '' },
      { id: 'c', text: '希望对接质押融资银行。' },
    ])
    expect(parsed).toEqual([
      { id: 'a', text: '希望开通商标维权快速通道。', ipType: '商标', category: '维权保护' },
      { id: 'c', text: '希望对接质押融资银行。', ipType: '', category: '' },
    ])
  })

  it('names the item of a problem, in Chinese', () => {
    const result = schema.safeParse([
      { id: 'a', text: '希望开通商标维权快速通道。' },
      { id: 'b', text: '', ipType: '专利' },
      { id: 'c', text: '希望获得培训。', category: '喝茶' },
    ])
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      '第 2 项：请填写诉求内容',
      '第 3 项：诉求类别不是有效的选项',
    ])
  })

  it('reads demands written as text before they were items, one a line', () => {
    const stored = '希望提供专利导航。\n\n希望开通维权通道。'
    expect(schema.parse(stored)).toEqual([
      { id: 'line-1', text: '希望提供专利导航。', ipType: '', category: '' },
      { id: 'line-2', text: '希望开通维权通道。', ipType: '', category: '' },
    ])
    expect(demandsOf(stored).map((demand) => demand.text)).toEqual([
      '希望提供专利导航。',
      '希望开通维权通道。',
    ])
  })

  it('shows and searches them a line each, with their type and category', () => {
    const demands = [
      { id: 'a', text: '希望开通商标维权快速通道。', ipType: '商标', category: '维权保护' },
      { id: 'b', text: '希望对接质押融资银行。', ipType: '', category: '' },
    ]
    const shown = '希望开通商标维权快速通道。（商标，维权保护）\n希望对接质押融资银行。'
    expect(displayValue(KINDS.visit, 'demands', demands)).toBe(shown)
    expect(searchTextOf(KINDS.visit, 'demands', demands)).toBe(shown)
    expect(searchTextOf(KINDS.visit, 'problems', '维权周期长')).toBe('维权周期长')
  })
})

describe('企业诉求 in Excel', () => {
  it('reads back the cell it was exported as, a demand a line', () => {
    const columns = DEMAND_COLUMNS
    const demands = [
      { id: 'a', text: '希望开通商标维权快速通道。', ipType: '商标', category: '维权保护' },
      { id: 'b', text: '希望参加培训（线上）。', ipType: '', category: '培训指导' },
      { id: 'c', text: '希望获得指导（海外）。', ipType: '', category: '' },
    ]
    const cell = itemsText(columns, demands)
    expect(cell).toBe(
      '希望开通商标维权快速通道。（商标，维权保护）\n希望参加培训（线上）。（培训指导）\n希望获得指导（海外）。',
    )
    expect(schema.parse(itemsFromText(columns, cell))).toEqual([
      { id: 'line-1', text: '希望开通商标维权快速通道。', ipType: '商标', category: '维权保护' },
      { id: 'line-2', text: '希望参加培训（线上）。', ipType: '', category: '培训指导' },
      // A bracket that names no option is part of the text.
      { id: 'line-3', text: '希望获得指导（海外）。', ipType: '', category: '' },
    ])
  })
})
