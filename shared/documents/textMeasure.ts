/**
 * Widths of text in characters of its own size: full-width (CJK, full-width punctuation) counts
 * 1, half-width (Latin letters, digits, ASCII punctuation) counts 1/2. This is how 公文 fonts set
 * them, and it is all the engine needs to place names, dates and line breaks.
 */

function isHalfWidth(codePoint: number): boolean {
  return codePoint < 0x1100 || (codePoint >= 0xff61 && codePoint <= 0xffdc)
}

export function textWidth(text: string, halfWidth = 0.5): number {
  let width = 0
  for (const character of text) {
    width += isHalfWidth(character.codePointAt(0) ?? 0) ? halfWidth : 1
  }
  return width
}

/**
 * The width text takes on the page: Word, WPS and LibreOffice add about a quarter of a character
 * between Chinese and a run of digits or Latin letters (autospace), so 2023年3月23日 is set about
 * 1.25 characters wider than its characters alone.
 */
export function setWidth(text: string): number {
  let boundaries = 0
  let previous: boolean | undefined
  for (const character of text) {
    const half = isHalfWidth(character.codePointAt(0) ?? 0) && character !== ' '
    if (previous !== undefined && half !== previous) boundaries++
    previous = half
  }
  return textWidth(text) + boundaries * 0.25
}

/** How many lines text takes on lines `perLine` characters wide, the first indented by `firstIndent`. */
export function lineCount(text: string, perLine: number, firstIndent = 0, hanging = 0): number {
  const width = textWidth(text) + firstIndent
  if (width <= perLine) return 1
  const rest = width - perLine
  return 1 + Math.ceil(rest / (perLine - hanging))
}
