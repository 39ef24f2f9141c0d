const NAMED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g

function fromCodePoint(code: number): string | undefined {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff
    ? String.fromCodePoint(code)
    : undefined
}

/**
 * XML character data to text: the five named entities and character references. Any other
 * entity is left as written (no DTD is ever read, so none can expand), and line ends are
 * normalised as an XML parser would.
 */
export function decodeXmlText(raw: string): string {
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw
  if (!text.includes('&')) return text
  return text.replace(ENTITY, (whole, name: string) => {
    if (name.startsWith('#x')) return fromCodePoint(parseInt(name.slice(2), 16)) ?? whole
    if (name.startsWith('#')) return fromCodePoint(parseInt(name.slice(1), 10)) ?? whole
    return NAMED[name] ?? whole
  })
}

/**
 * Excel writes characters XML cannot hold as _xHHHH_ (a tab as _x0009_) and a literal "_x" as
 * _x005F_x. Undoing that gives the text the user typed; cleanText then drops what a record may
 * not hold.
 */
export function decodeExcelEscapes(text: string): string {
  if (!text.includes('_x')) return text
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  )
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13

/**
 * One attribute of a tag by local name (a prefix is ignored: r:id reads as id), decoded; undefined
 * when absent. A hand-written scan: it runs for every cell of a sheet.
 */
export function attribute(raw: string, name: string): string | undefined {
  let i = 0
  const length = raw.length
  while (i < length) {
    while (i < length && isSpace(raw.charCodeAt(i))) i++
    const start = i
    while (i < length && raw.charCodeAt(i) !== 61 /* = */ && !isSpace(raw.charCodeAt(i))) i++
    const key = raw.slice(start, i)
    while (i < length && isSpace(raw.charCodeAt(i))) i++
    if (raw.charCodeAt(i) !== 61) return undefined
    i++
    while (i < length && isSpace(raw.charCodeAt(i))) i++
    const quote = raw.charAt(i)
    if (quote !== '"' && quote !== "'") return undefined
    const end = raw.indexOf(quote, i + 1)
    if (end < 0) return undefined
    const colon = key.indexOf(':')
    if ((colon < 0 ? key : key.slice(colon + 1)) === name)
      return decodeXmlText(raw.slice(i + 1, end))
    i = end + 1
  }
  return undefined
}

/** Drops a namespace prefix: x:row → row. */
export function localName(name: string): string {
  const colon = name.indexOf(':')
  return colon < 0 ? name : name.slice(colon + 1)
}
