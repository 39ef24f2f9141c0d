import type { DocumentDefinition } from '../../../../shared/documents/definition'
import { paginate } from './paginate'
import { rasterizeSvg } from './rasterizeSvg'

/**
 * The 公文 engine and docx-preview, loaded on first use: together they are several hundred kB
 * that the rest of the app never needs, so they stay out of the main bundle.
 */

export async function renderDocumentBytes(
  definition: DocumentDefinition,
): Promise<Uint8Array<ArrayBuffer>> {
  const { renderDocx } = await import('../../../../shared/documents/render')
  return renderDocx(definition, { rasterize: rasterizeSvg })
}

/**
 * Renders .docx bytes as HTML pages into `target` (replacing what was there), unless `isCurrent`
 * says a newer render has started meanwhile. Returns the number of pages.
 */
export async function renderPages(
  bytes: Uint8Array,
  target: HTMLElement,
  isCurrent: () => boolean,
): Promise<number> {
  const { renderAsync } = await import('docx-preview')
  // Render off-screen (attached, so the pages can be measured and split, and unzoomed), then
  // swap in one step so the old pages never flash empty.
  const host = document.createElement('div')
  host.style.cssText = 'position:fixed;left:-100000px;top:0;width:1000px;visibility:hidden'
  const styles = document.createElement('div')
  const staging = document.createElement('div')
  host.append(styles, staging)
  document.body.append(host)
  try {
    await renderAsync(bytes, staging, styles, {
      className: 'docx',
      inWrapper: true,
      breakPages: true,
      ignoreLastRenderedPageBreak: false,
      renderHeaders: true,
      renderFooters: true,
      renderFootnotes: false,
      renderEndnotes: false,
      renderComments: false,
      renderChanges: false,
      useBase64URL: false,
    })
    const pages = paginate(staging)
    if (isCurrent()) target.replaceChildren(...styles.childNodes, ...staging.childNodes)
    return pages
  } finally {
    host.remove()
  }
}
