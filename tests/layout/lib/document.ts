/**
 * Renders a document to PDF and gives the tests what they measure: the text pages from
 * pdftotext and page rasters from pdftoppm. Every file is kept in test-results/layout/ (ignored
 * by git) so that a human can open the .docx, the PDF and the page PNGs after a run.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderDocx } from '../../../shared/documents/render'
import { rasterizeSvg } from '../../../scripts/gongwen/rasterizeSvg'
import { describeProblems, validateDefinition } from '../../../shared/documents/definition'
import { linesContaining, parseBboxLayout, type Line, type TextPage } from './bbox'
import type { RgbImage } from './ppm'
import { convertToPdf, pdfTextBoxes, rasterPage, writePagePngs } from './tools'

export const OUTPUT_DIR = fileURLToPath(new URL('../../../test-results/layout/', import.meta.url))

/** The resolution of whole-page rasters: 0.17 mm a pixel, well inside the 1 mm tolerance. */
export const PAGE_DPI = 150

export interface RenderedDocument {
  readonly name: string
  readonly pdfPath: string
  readonly pages: readonly TextPage[]
  /** The page (1-based) at PAGE_DPI, cached. */
  raster(page: number): Promise<RgbImage>
  readonly path: string
}

/** Renders .docx bytes that are already made (the harness's own scratch documents). */
export async function renderDocxBytes(name: string, docx: Uint8Array): Promise<RenderedDocument> {
  await mkdir(OUTPUT_DIR, { recursive: true })
  const docxPath = join(OUTPUT_DIR, `${name}.docx`)
  await writeFile(docxPath, docx)
  const pdfPath = await convertToPdf(docxPath, OUTPUT_DIR)
  const [pages] = await Promise.all([
    pdfTextBoxes(pdfPath).then(parseBboxLayout),
    writePagePngs(pdfPath, join(OUTPUT_DIR, name)),
  ])
  const rasters = new Map<number, Promise<RgbImage>>()
  return {
    name,
    pdfPath,
    path: docxPath,
    pages,
    raster(page) {
      let image = rasters.get(page)
      if (!image) {
        image = rasterPage(pdfPath, page, { dpi: PAGE_DPI })
        rasters.set(page, image)
      }
      return image
    },
  }
}

/** Validates a definition (a broken fixture must fail loudly, not render) and renders it. */
export async function renderDefinition(name: string, input: unknown): Promise<RenderedDocument> {
  const result = validateDefinition(input)
  if (!result.ok)
    throw new Error(`definition ${name} is invalid:\n${describeProblems(result.problems)}`)
  return renderDocxBytes(name, await renderDocx(result.definition, { rasterize: rasterizeSvg }))
}

/** Every line of the document that holds `text`, page by page, top to bottom. */
export function linesOf(document: RenderedDocument, text: string): Line[] {
  return document.pages.flatMap((page) => linesContaining(page, text))
}
