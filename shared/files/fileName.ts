/**
 * What a file name given to the shell may contain. The shell refuses names outside these rules
 * (shared/ipc/contract.ts); the renderer makes its suggested names fit them first
 * (toSafeFileName), so a title pasted with a zero-width space still saves.
 */

/** The longest name, in UTF-16 code units (what zod's max and Windows' 255 limit count). */
export const MAX_FILE_NAME_LENGTH = 200

/** Characters Windows refuses in a name, and every C0 control character (tab, line breaks…). */
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f]/

/**
 * Characters that are invisible or change how a name is shown, so the name the user reads is
 * not the name on disk: DEL and C1 controls, the soft hyphen, direction marks, embeddings,
 * overrides and isolates (U+202E shows “payload\u202Excod.xll” as “payloadllx.docx”),
 * zero-width characters and joiners, line and paragraph separators, invisible operators,
 * deprecated format characters, the byte order mark, annotation marks, noncharacters, and lone
 * surrogates (half a character, which no file system outside Windows can store).
 * It covers everything shared/text/cleanText.ts removes from records, and a few more.
 */
const INVISIBLE =
  /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufdd0-\ufdef\ufff9-\ufffb\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** Windows reserves device names, even with an extension ("CON.docx"). */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i

export function hasForbiddenCharacter(name: string): boolean {
  return FORBIDDEN.test(name)
}

export function hasInvisibleCharacter(name: string): boolean {
  return INVISIBLE.test(name)
}

export function isReservedName(name: string): boolean {
  return RESERVED.test(name)
}

/** Windows drops trailing dots and spaces, so "报告.docx." would be saved as 报告.docx. */
export function hasBadEnding(name: string): boolean {
  return /[. ]$/.test(name)
}

/**
 * A name the shell accepts, as close to the given one as possible: invisible characters are
 * removed, forbidden ones become “_”, a reserved device name gets a leading “_”, and a long
 * name is shortened before its extension, never inside a character.
 */
export function toSafeFileName(name: string, fallback = '文件'): string {
  const cleaned = Array.from(name.replace(new RegExp(INVISIBLE.source, 'g'), ''))
    .map((character) => (FORBIDDEN.test(character) ? '_' : character))
    .join('')
    .trim()
    .replace(/[. ]+$/, '')
  const dot = cleaned.lastIndexOf('.')
  const extension = dot > 0 && cleaned.length - dot <= 11 ? cleaned.slice(dot) : ''
  let base = extension === '' ? cleaned : cleaned.slice(0, dot)
  const prefix = RESERVED.test(cleaned) ? '_' : ''
  const room = MAX_FILE_NAME_LENGTH - extension.length - prefix.length
  if (base.length > room) {
    let cut = ''
    for (const character of base) {
      if (cut.length + character.length > room) break
      cut += character
    }
    base = cut.replace(/[. ]+$/, '')
  }
  if (base === '' || base === '.' || base === '..') return fallback + extension
  return prefix + base + extension
}
