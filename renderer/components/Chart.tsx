import { Box } from '@mui/material'
import type { EChartsOption } from 'echarts'
import { BarChart } from 'echarts/charts'
import { GridComponent, TitleComponent, TooltipComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import { useEffect, useRef } from 'react'

// Only what the app draws, so the chart code stays small; SVG prints sharply.
echarts.use([BarChart, GridComponent, TitleComponent, TooltipComponent, SVGRenderer])

interface Props {
  readonly option: EChartsOption
  /** What the chart shows, for screen readers and tests: 走访企业按区分布. */
  readonly label: string
  readonly height: number
}

/**
 * An ECharts chart, drawn again only when what it shows changes (compared as JSON, so a parent
 * building the same option anew does not redraw it) and resized with its box.
 */
export function Chart({ option, label, height }: Props) {
  const box = useRef<HTMLDivElement>(null)
  const shown = JSON.stringify(option)
  useEffect(() => {
    const element = box.current
    if (!element) return
    const chart = echarts.init(element, undefined, { renderer: 'svg' })
    chart.setOption(JSON.parse(shown) as EChartsOption)
    const resize = new ResizeObserver(() => chart.resize())
    resize.observe(element)
    return () => {
      resize.disconnect()
      chart.dispose()
    }
  }, [shown])
  return <Box ref={box} role="img" aria-label={label} sx={{ width: '100%', height }} />
}
