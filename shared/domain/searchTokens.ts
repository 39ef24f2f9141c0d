/**
 * Tokens for substring search through an IndexedDB multi-entry index. Chinese has no spaces, so
 * words cannot be split reliably; instead each record stores its character bigrams (and single
 * CJK characters), and a query of n characters must match all its bigrams. Latin letters and
 * digits (credit codes, phone numbers) get bigrams only: one Latin character is too common to
 * be a useful search.
 */
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u

/** Full-width to half-width, lower case, and only letters, digits and CJK characters kept. */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')
}

function bigrams(text: string): string[] {
  const chars = Array.from(text)
  const result: string[] = []
  for (let i = 0; i + 1 < chars.length; i++) result.push(`${chars[i]}${chars[i + 1]}`)
  return result
}

/** Index tokens for the given field values of one record (deduplicated). */
export function searchTokensOf(values: readonly string[]): string[] {
  const tokens = new Set<string>()
  for (const value of values) {
    const text = normalizeSearchText(value)
    for (const ch of text) if (CJK.test(ch)) tokens.add(ch)
    for (const pair of bigrams(text)) tokens.add(pair)
  }
  return [...tokens]
}

/**
 * The tokens a query must match, or an empty list when the query is too short to search
 * (a single Latin letter or digit).
 */
export function queryTokens(query: string): string[] {
  const text = normalizeSearchText(query)
  const chars = Array.from(text)
  if (chars.length === 0) return []
  if (chars.length === 1) return CJK.test(text) ? [text] : []
  return [...new Set(bigrams(text))]
}

/** True when the record text really contains the query (bigram matches can be false positives). */
export function textMatchesQuery(values: readonly string[], query: string): boolean {
  const needle = normalizeSearchText(query)
  return values.some((value) => normalizeSearchText(value).includes(needle))
}
