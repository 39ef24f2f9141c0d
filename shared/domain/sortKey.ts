import { pinyin } from 'pinyin-pro'

/**
 * An index key that sorts Chinese names the way people expect (by 拼音, as in a dictionary)
 * rather than by Unicode code point. Polyphones are read in context (银行 → yin hang).
 * Each syllable is padded to 6 characters so that syllable boundaries survive string comparison:
 * 阿姨 (a yi) sorts before 安 (an), as in a dictionary.
 */
export function sortKeyOf(text: string): string {
  const normalized = text.normalize('NFKC').trim().toLowerCase()
  if (normalized === '') return ''
  const syllables = pinyin(normalized, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
  return syllables.map((s) => s.replace(/\s+/g, '').padEnd(6, ' ')).join('')
}
