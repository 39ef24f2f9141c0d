/**
 * The suggested name of a saved .docx: 发文字号 and title, e.g. 津知发〔2026〕5号 关于……的通知.docx.
 * Characters Windows refuses in names are replaced, and the name is kept well under the limit
 * (long titles are common; a full path must still fit).
 */
export function documentFileName(documentNumber: string, title: string): string {
  const base = [documentNumber.trim(), title.trim()].filter(Boolean).join(' ') || '公文'
  // Code points, not UTF-16 units, so a cut never splits a character.
  const cleaned = Array.from(base)
    .map((ch) => (/[\\/:*?"<>|]/.test(ch) || ch.charCodeAt(0) < 0x20 ? '_' : ch))
    .slice(0, 120)
    .join('')
    .replace(/[. ]+$/, '')
  return `${cleaned || '公文'}.docx`
}
