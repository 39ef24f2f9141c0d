import { LineRuleType, Paragraph, Tab, TextRun, type IParagraphOptions } from 'docx'
import { CHARACTER_SPACING, LINE_PITCH, SIZE } from '../layout'
import { cleanText } from '../../text/cleanText'

export interface RunStyle {
  readonly font: string
  /** Half-points; 3号 unless said. */
  readonly size?: number
  readonly color?: string
}

/**
 * The runs of one piece of text in one style. Line breaks become breaks, tabs become tabs (the
 * builders use them to reach right-aligned tab stops), and characters XML cannot hold are
 * dropped, so any pasted text gives a valid document.
 */
export function runs(text: string, style: RunStyle): TextRun[] {
  const font = { ascii: style.font, eastAsia: style.font, hAnsi: style.font, cs: style.font }
  return cleanText(text)
    .split(/\r\n|\r|\n/)
    .map(
      (line, index) =>
        new TextRun({
          children: line
            .split('\t')
            .flatMap((part, index) => (index === 0 ? [part] : [new Tab(), part])),
          break: index > 0 ? 1 : undefined,
          font,
          size: style.size ?? SIZE.three,
          color: style.color,
          characterSpacing: CHARACTER_SPACING,
        }),
    )
}

/** Exact line spacing of `lines` grid lines: the same height in Word, WPS and LibreOffice. */
export function exactLines(lines = 1): NonNullable<IParagraphOptions['spacing']> {
  return { line: Math.round(LINE_PITCH * lines), lineRule: LineRuleType.EXACT, before: 0, after: 0 }
}

/**
 * An exact-height empty paragraph: vertical space of a precise height in twips (at least one
 * point), also what a floating table is anchored to or a page starts with.
 */
export function spacer(
  height: number,
  options: Omit<IParagraphOptions, 'spacing' | 'children'> & { readonly after?: number } = {},
): Paragraph {
  const { after = 0, ...rest } = options
  return new Paragraph({
    ...rest,
    spacing: {
      line: Math.max(20, Math.round(height)),
      lineRule: LineRuleType.EXACT,
      before: 0,
      after,
    },
    children: [new TextRun({ text: '', size: 2 })],
  })
}

/** `count` blank body lines; `keepNext` keeps them on the page of what follows. */
export function blankLines(count: number, keepNext = false): Paragraph[] {
  return Array.from(
    { length: count },
    () => new Paragraph({ spacing: exactLines(), keepNext, children: [] }),
  )
}
