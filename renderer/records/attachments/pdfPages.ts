import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

/*
 * PDF preview with pdf.js, loaded only when a PDF is first previewed. The browser's own PDF
 * viewer is not used: it needs frames and plugins the CSP and the sandboxed window refuse.
 * Character maps (for Chinese PDFs) and the standard fonts are copied beside the app by the
 * build (vite.config.ts); eval stays off, as the CSP requires.
 */
GlobalWorkerOptions.workerSrc = workerUrl

const assetUrl = (folder: string) => new URL(`./pdfjs/${folder}/`, document.baseURI).href

export async function openPdf(bytes: ArrayBuffer): Promise<PDFDocumentProxy> {
  return getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    cMapUrl: assetUrl('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetUrl('standard_fonts'),
  }).promise
}

/** Draws one page (numbered from 1) to fit `width` CSS pixels, sharp on high-DPI screens. */
export async function drawPage(
  pdf: PDFDocumentProxy,
  pageNumber: number,
  canvas: HTMLCanvasElement,
  width: number,
): Promise<void> {
  const page = await pdf.getPage(pageNumber)
  const scale = width / page.getViewport({ scale: 1 }).width
  const ratio = window.devicePixelRatio || 1
  const viewport = page.getViewport({ scale: scale * ratio })
  canvas.width = Math.floor(viewport.width)
  canvas.height = Math.floor(viewport.height)
  canvas.style.width = `${Math.floor(viewport.width / ratio)}px`
  canvas.style.height = `${Math.floor(viewport.height / ratio)}px`
  await page.render({ canvas, viewport }).promise
}
