import { textOf } from '../kinds/display'
import { industryName } from '../reference/industries'
import type { EChartsOption } from 'echarts'

export interface CountItem {
  readonly label: string
  readonly count: number
}

/** How many of each value, most first (ties in the order met); blanks as 未填写. */
export function countBy(values: readonly string[]): CountItem[] {
  const counts = new Map<string, number>()
  for (const value of values) {
    const label = value === '' ? '未填写' : value
    counts.set(label, (counts.get(label) ?? 0) + 1)
  }
  return [...counts].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count)
}

/** `count` as a percentage of `of`, to one decimal (0 when there is nothing to share). */
export const percentOf = (count: number, of: number) =>
  of === 0 ? 0 : Math.round((count / of) * 1000) / 10

/**
 * The visited enterprises (one entry a visit; undefined when gone from 企业库) by district and by
 * industry, the industry said by name (制造业), never by its GB/T 4754 letter.
 */
export function visitsByPlace(
  enterprises: readonly (Readonly<Record<string, unknown>> | undefined)[],
): {
  readonly byDistrict: CountItem[]
  readonly byIndustry: CountItem[]
} {
  return {
    byDistrict: countBy(enterprises.map((e) => textOf(e?.district))),
    byIndustry: countBy(enterprises.map((e) => industryName(textOf(e?.industry)))),
  }
}

const FONT = 'Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, sans-serif'

/**
 * A horizontal bar chart of counts (a label a bar, the count at its end): read at a glance on
 * screen and printed sharply in a report. Plain data, so the app and the report draw the same.
 */
export function barChartOption(title: string, items: readonly CountItem[]): EChartsOption {
  const shown = [...items].reverse()
  return {
    animation: false,
    textStyle: { fontFamily: FONT },
    title: { text: title, left: 'center', textStyle: { fontSize: 14, fontWeight: 'normal' } },
    grid: { left: 8, right: 40, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#e5e8ec' } } },
    yAxis: {
      type: 'category',
      data: shown.map((item) => item.label),
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        data: shown.map((item) => item.count),
        barMaxWidth: 18,
        itemStyle: { color: '#1f4e8c' },
        label: { show: true, position: 'right' },
      },
    ],
  }
}

/** The height a bar chart of `count` bars needs to keep its labels apart. */
export const barChartHeight = (count: number) => Math.max(160, 60 + count * 28)
