import { Resvg } from '@resvg/resvg-js'
import type { RasterizeSvg } from '../../shared/documents/chart'

/**
 * Charts drawn to PNG on the command line (and in the Node tests) with resvg, using the fonts
 * installed on the machine (Noto Sans CJK on Debian, 微软雅黑 on Windows).
 */
export const rasterizeSvg: RasterizeSvg = (svg, scale) =>
  Promise.resolve(
    new Resvg(svg, {
      fitTo: { mode: 'zoom', value: scale },
      font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' },
    })
      .render()
      .asPng(),
  )
