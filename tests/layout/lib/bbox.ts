/**
 * Reads `pdftotext -bbox-layout` output: pages, their text lines and words, with boxes in mm
 * from the paper's top-left corner. Boxes are font boxes (ascent to descent of the font, about
 * 1.3 em for the Noto CJK faces), not ink.
 */
import { ptToMm } from './units'

export interface Box {
  /** Left edge, mm from the paper's left edge. */
  readonly left: number
  /** Top edge, mm from the paper's top edge. */
  readonly top: number
  readonly right: number
  readonly bottom: number
}

export interface Word extends Box {
  readonly text: string
}

export interface Line extends Box {
  readonly words: readonly Word[]
  /** The words joined by single spaces. */
  readonly text: string
}

export interface TextPage {
  /** 1-based page number in the PDF. */
  readonly number: number
  readonly width: number
  readonly height: number
  readonly lines: readonly Line[]
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10))
    return ENTITIES[name] ?? whole
  })
}

function attribute(tag: string, name: string): number {
  const match = new RegExp(`\\b${name}="([-0-9.]+)"`).exec(tag)
  if (!match?.[1]) throw new Error(`bbox: ${name} missing in ${tag}`)
  return Number(match[1])
}

function boxOf(tag: string): Box {
  return {
    left: ptToMm(attribute(tag, 'xMin')),
    top: ptToMm(attribute(tag, 'yMin')),
    right: ptToMm(attribute(tag, 'xMax')),
    bottom: ptToMm(attribute(tag, 'yMax')),
  }
}

/** Parses the whole XHTML document into pages of lines, top to bottom as pdftotext lists them. */
export function parseBboxLayout(xhtml: string): TextPage[] {
  const pages: TextPage[] = []
  const pagePattern = /<page\b[^>]*>([\s\S]*?)<\/page>/g
  for (const pageMatch of xhtml.matchAll(pagePattern)) {
    const pageTag = /<page\b[^>]*>/.exec(pageMatch[0])?.[0] ?? ''
    const lines: Line[] = []
    for (const lineMatch of (pageMatch[1] ?? '').matchAll(/<line\b[^>]*>([\s\S]*?)<\/line>/g)) {
      const lineTag = /<line\b[^>]*>/.exec(lineMatch[0])?.[0] ?? ''
      const words: Word[] = []
      for (const wordMatch of (lineMatch[1] ?? '').matchAll(/(<word\b[^>]*>)([\s\S]*?)<\/word>/g)) {
        words.push({ ...boxOf(wordMatch[1] ?? ''), text: decodeEntities(wordMatch[2] ?? '') })
      }
      lines.push({ ...boxOf(lineTag), words, text: words.map((word) => word.text).join(' ') })
    }
    pages.push({
      number: pages.length + 1,
      width: ptToMm(attribute(pageTag, 'width')),
      height: ptToMm(attribute(pageTag, 'height')),
      lines: lines.sort((a, b) => a.top - b.top || a.left - b.left),
    })
  }
  return pages
}

/** Lines of a page whose text contains `needle` (spaces ignored, as pdftotext may split words). */
export function linesContaining(page: TextPage, needle: string): Line[] {
  const wanted = needle.replace(/\s+/g, '')
  return page.lines.filter((line) => line.text.replace(/\s+/g, '').includes(wanted))
}

/** Characters on a line, not counting the spaces pdftotext puts between words. */
export function characterCount(line: Line): number {
  return Array.from(line.text.replace(/\s+/g, '')).length
}

export function centreX(box: Box): number {
  return (box.left + box.right) / 2
}

export function centreY(box: Box): number {
  return (box.top + box.bottom) / 2
}
