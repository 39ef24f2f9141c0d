/**
 * docx-preview breaks pages only where the file has explicit breaks, so a 10-page document shows
 * as one tall sheet. This splits each rendered section into sheets of the page's height, moving
 * whole paragraphs and tables (a line-exact split would need Word's own layout). The sheets are
 * approximate; the .docx itself is laid out by Word or WPS. Must run while the pages are attached
 * to the document and unzoomed, since it measures them.
 */

function px(value: string): number {
  const number = Number.parseFloat(value)
  return Number.isFinite(number) ? number : 0
}

/**
 * The height the article of a sheet may fill: the page less its margins. Headers and footers
 * sit in the margins (as in Word), so they take nothing from it.
 */
function contentHeight(section: HTMLElement): number {
  const style = getComputedStyle(section)
  const page = px(style.minHeight) || px(style.height)
  return page - px(style.paddingTop) - px(style.paddingBottom)
}

/** Where in `children` the first child that ends below `limit` is (−1 if all fit). */
function overflowIndex(article: HTMLElement, children: readonly HTMLElement[], limit: number) {
  const top = article.getBoundingClientRect().top
  return children.findIndex((child, index) => {
    const rect = child.getBoundingClientRect()
    // A block taller than a page stays on its own sheet rather than looping forever.
    return index > 0 && rect.bottom - top > limit
  })
}

function splitSection(section: HTMLElement): HTMLElement | undefined {
  const article = section.querySelector<HTMLElement>(':scope > article')
  if (!article) return undefined
  const limit = contentHeight(section)
  if (limit <= 0) return undefined
  const children = [...article.children].filter((c): c is HTMLElement => c instanceof HTMLElement)
  const at = overflowIndex(article, children, limit)
  if (at < 0) return undefined
  const next = section.cloneNode(false) as HTMLElement
  for (const part of section.children) {
    if (part === article) {
      const rest = article.cloneNode(false) as HTMLElement
      rest.append(...children.slice(at))
      next.append(rest)
    } else {
      next.append(part.cloneNode(true))
    }
  }
  section.after(next)
  return next
}

/**
 * docx-preview leaves PAGE fields empty, so a 公文 footer shows "— —". Each sheet's empty
 * "— —" gets its number, and even sheets take the mirrored place (left, one character in), as
 * GB/T 9704 and the .docx do. Sheets whose footer has no such line (版记 pages) stay unnumbered.
 */
function numberPages(sheets: readonly HTMLElement[]): void {
  sheets.forEach((sheet, index) => {
    const number = index + 1
    for (const line of sheet.querySelectorAll<HTMLElement>(':scope > footer p')) {
      const first = line.querySelector('span')
      if (!first || line.textContent.replace(/\s/g, '') !== '——') continue
      first.textContent = `— ${String(number)}`
      if (number % 2 === 0 && line.style.textAlign === 'right') {
        line.style.textAlign = 'left'
        line.style.marginInlineStart = line.style.marginInlineEnd
        line.style.marginInlineEnd = '0'
      }
    }
  })
}

/**
 * The 版记 is a table floating at a fixed place at the foot of the page in the .docx; docx-preview
 * only floats it left in the text's flow, so it sat mid-page under the last line. On its sheet it
 * is moved to the foot of the type area, where Word and WPS print it.
 */
function placeFloatingTables(sheets: readonly HTMLElement[]): void {
  for (const sheet of sheets) {
    const article = sheet.querySelector<HTMLElement>(':scope > article')
    if (!article) continue
    const floating = [...article.querySelectorAll<HTMLElement>(':scope > table')].filter(
      (table) => table.style.float !== '',
    )
    const [first] = floating
    if (!first) continue
    article.style.display = 'flex'
    article.style.flexDirection = 'column'
    article.style.minHeight = `${String(contentHeight(sheet))}px`
    first.style.marginTop = 'auto'
    for (const table of floating) table.style.float = 'none'
  }
}

/** Splits every over-long sheet under `root` and numbers the sheets; returns how many. */
export function paginate(root: HTMLElement): number {
  const sections = [...root.querySelectorAll<HTMLElement>('section.docx')]
  for (const first of sections) {
    let current: HTMLElement | undefined = first
    // Bounded: a sheet is split only after its first block, so each pass moves at least one.
    for (let guard = 0; current && guard < 500; guard++) current = splitSection(current)
  }
  const sheets = [...root.querySelectorAll<HTMLElement>('section.docx')]
  placeFloatingTables(sheets)
  numberPages(sheets)
  return sheets.length
}
