import { BarChart } from 'echarts/charts'
import { GridComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import { barChartHeight, barChartOption } from '../charts/barChart'
import type { Block, ChartBlock, DocumentDefinition } from './definition'
import { TYPE_AREA } from './layout'

echarts.use([BarChart, GridComponent, SVGRenderer])

/**
 * Charts in a document: drawn as SVG by ECharts' server-side renderer (the same option as the
 * app's chart), then made a PNG by the caller's rasterizer — a canvas in the app, resvg on the
 * command line — because LibreOffice and older WPS print an SVG's fallback picture, not the SVG.
 */

/** Turns an SVG into PNG bytes, `scale` times its own pixel size. */
export type RasterizeSvg = (svg: string, scale: number) => Promise<Uint8Array>

/** PNG pixels per chart pixel: 588 px across 156 mm at 3 × is about 290 dpi, sharp on paper. */
export const CHART_SCALE = 3

/** The chart's size in CSS pixels (96 a inch): as wide as the type area, as tall as its bars need. */
export function chartSize(block: ChartBlock): { readonly width: number; readonly height: number } {
  return {
    width: Math.floor(TYPE_AREA.width / 15),
    height: barChartHeight(block.categories.length),
  }
}

export function chartSvg(block: ChartBlock): string {
  const { width, height } = chartSize(block)
  const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width, height })
  try {
    // 14 px is 10.5 pt (五号) on paper: the smallest size a report's figures use.
    chart.setOption(
      barChartOption(
        block.categories.map((label, index) => ({ label, count: block.values[index] ?? 0 })),
        { fontSize: 14 },
      ),
    )
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}

function chartBlocksOf(definition: DocumentDefinition): ChartBlock[] {
  const blocks: readonly Block[] = [
    ...definition.body,
    ...(definition.attachments ?? []).flatMap((attachment) => attachment.body ?? []),
  ]
  return blocks.filter((block): block is ChartBlock => block.type === 'chart')
}

/** The PNG of every chart of a document, keyed by its block. */
export async function chartImages(
  definition: DocumentDefinition,
  rasterize: RasterizeSvg | undefined,
): Promise<ReadonlyMap<ChartBlock, Uint8Array>> {
  const charts = chartBlocksOf(definition)
  if (charts.length === 0) return new Map()
  if (!rasterize) throw new Error('文档含图表，生成时须提供图表绘制（rasterize）')
  const images = new Map<ChartBlock, Uint8Array>()
  for (const chart of charts) images.set(chart, await rasterize(chartSvg(chart), CHART_SCALE))
  return images
}
