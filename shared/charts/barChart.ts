import type { EChartsOption } from 'echarts'
import type { CountItem } from './counts'

const FONT = 'Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, sans-serif'

/**
 * A horizontal bar chart of counts (a label a bar, the count at its end): read at a glance on
 * screen and printed sharply in a report. Plain data, so the app and the report draw the same.
 * Without a title the chart is a report's figure, whose caption the document prints.
 */
export function barChartOption(
  items: readonly CountItem[],
  { title, fontSize = 12 }: { readonly title?: string; readonly fontSize?: number } = {},
): EChartsOption {
  const shown = [...items].reverse()
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: FONT },
    ...(title
      ? {
          title: { text: title, left: 'center', textStyle: { fontSize: 14, fontWeight: 'normal' } },
        }
      : {}),
    // ECharts 6 keeps the axis labels inside the chart by itself (grid.outerBounds).
    grid: { left: 8, right: 40, top: title ? 36 : 12, bottom: 8 },
    xAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { fontSize },
      splitLine: { lineStyle: { color: '#e5e8ec' } },
    },
    yAxis: {
      type: 'category',
      data: shown.map((item) => item.label),
      axisLabel: { fontSize },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        data: shown.map((item) => item.count),
        barMaxWidth: 18,
        itemStyle: { color: '#1f4e8c' },
        label: { show: true, position: 'right', fontSize },
      },
    ],
  }
}

/** The height (px) a bar chart of `count` bars needs to keep its labels apart. */
export const barChartHeight = (count: number) => Math.max(160, 60 + count * 28)
