import type { DocumentDefinition } from '../../../../shared/documents/definition'

/**
 * The 公文 engine and docx-preview, loaded on first use: together they are several hundred kB
 * that the rest of the app never needs, so they stay out of the main bundle.
 */

export async function renderDocumentBytes(
  definition: DocumentDefinition,
): Promise<Uint8Array<ArrayBuffer>> {
  const { renderDocx } = await import('../../../../shared/documents/render')
  // A copy backed by a plain ArrayBuffer: what the shell's file contract accepts.
  return new Uint8Array(await renderDocx(definition))
}

/**
 * Renders .docx bytes as HTML pages into `target` (replacing what was there), unless `isCurrent`
 * says a newer render has started meanwhile.
 */
export async function renderPages(
  bytes: Uint8Array,
  target: HTMLElement,
  isCurrent: () => boolean,
): Promise<void> {
  const { renderAsync } = await import('docx-preview')
  // Render off-screen first and swap in one step, so the old pages never flash empty.
  const staging = document.createElement('div')
  const styles = document.createElement('div')
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
  if (isCurrent()) target.replaceChildren(...styles.childNodes, ...staging.childNodes)
}
