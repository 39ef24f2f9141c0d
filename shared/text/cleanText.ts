/**
 * What pasted or imported text must not carry into a record or a 公文. Word and WPS copy line and
 * paragraph separators (U+000B, U+2028, U+2029) and form feeds: they become ordinary line breaks.
 * Removed: control characters other than tab and line breaks, characters XML cannot hold
 * (U+FFFE, U+FFFF, lone surrogates, which made docProps/core.xml malformed), invisible direction
 * marks and overrides (a pasted U+202E printed 反向 as 向反), and zero-width characters (two names
 * that look the same must be the same).
 */

// eslint-disable-next-line no-control-regex -- these control characters are line breaks
const LINE_SEPARATORS = /[\u000b\u000c\u2028\u2029]/g
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufdd0-\ufdef\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

export function cleanText(text: string): string {
  return text.replace(LINE_SEPARATORS, '\n').replace(INVISIBLE, '')
}
