import { textWidth as plainWidth } from './textMeasure'

/**
 * Breaks a title into centred lines that keep words whole and form a trapezoid or diamond
 * (GB/T 9704 7.3.1): lines as even as possible, none longer than the type area, and never a
 * line of a single character. Word boundaries come from Intl.Segmenter, so 知识产权 stays whole.
 */

/**
 * Widths of title text: in a bold 2号 title font Latin capitals take about three quarters of a
 * character and digits a little over half, so they count so here, or a computed line would wrap
 * again on the page.
 */
function textWidth(text: string): number {
  const capitals = text.match(/[A-Z]/g)?.length ?? 0
  const digits = text.match(/[0-9]/g)?.length ?? 0
  return plainWidth(text) + capitals * 0.25 + digits * 0.05
}

/** 2号 characters on one line of the type area. */
export const TITLE_CHARS_PER_LINE = 20

/** Terms of this domain the general dictionary splits (工|商业|联合|会); never broken. */
const WHOLE_TERMS = [
  '工商业联合会',
  '工商联',
  '知识产权局',
  '知识产权',
  '市场监督管理局',
  '民营企业',
  '民营经济',
  '高质量发展',
  '商会',
  '纠纷调解',
  '专项行动',
  '联席会议',
]

/** Word-break offsets that fall inside a whole term. */
function protectedOffsets(title: string): Set<number> {
  const inside = new Set<number>()
  for (const term of WHOLE_TERMS) {
    for (let at = title.indexOf(term); at >= 0; at = title.indexOf(term, at + 1)) {
      for (let offset = at + 1; offset < at + term.length; offset++) inside.add(offset)
    }
  }
  return inside
}

function segments(title: string): string[] {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' })
  const inside = protectedOffsets(title)
  const words: string[] = []
  for (const part of segmenter.segment(title)) {
    const last = words.pop()
    if (last !== undefined && inside.has(part.index)) words.push(last + part.segment)
    else words.push(...(last === undefined ? [] : [last]), part.segment)
  }
  // Closing punctuation and 的/和-style particles stay with the word before them; opening
  // brackets stay with the word after them.
  const merged: string[] = []
  for (const word of words) {
    const last = merged.pop()
    if (last === undefined) merged.push(word)
    else if (/^[，。、；：！？）》”’」』〕】]/.test(word) || /[（《“‘「『〔【]$/.test(last))
      merged.push(last + word)
    else merged.push(last, word)
  }
  return merged
}

export function titleLines(title: string, perLine = TITLE_CHARS_PER_LINE): string[] {
  const text = title.trim()
  if (textWidth(text) <= perLine) return [text]
  const words = segments(text)
  // Very long titles (a pasted paragraph) are not worth the search.
  if (words.length > 400) return hardWrap(text, perLine)
  const lineTotal = Math.ceil(textWidth(text) / perLine)
  return (
    bestSplit(words, lineTotal, perLine) ??
    bestSplit(words, lineTotal + 1, perLine) ??
    hardWrap(text, perLine)
  )
}

function characterCount(text: string): number {
  return Array.from(text).length
}

/**
 * How bad a line break before words[index] is. The segmenter's dictionary splits some names
 * (工|商业|联合|会), so a break next to a one-character word is likely inside a word; a break
 * after a closing bracket or before 的通知-style endings reads naturally.
 */
function breakPenalty(words: readonly string[], index: number): number {
  if (index === 0) return 0
  const before = words[index - 1] ?? ''
  const after = words[index] ?? ''
  if (/[》”）]$/.test(before) || /^(关于|的)/.test(after)) return 0
  if (characterCount(before) === 1 || characterCount(after) === 1) return 8
  return 2
}

/**
 * Cuts `words` into `count` lines as evenly as possible: dynamic programming over (words used,
 * lines made) minimising the squared distance of each line from the mean width.
 */
function bestSplit(words: readonly string[], count: number, perLine: number): string[] | undefined {
  const widths = words.map(textWidth)
  const prefix = [0]
  for (const width of widths) prefix.push((prefix[prefix.length - 1] ?? 0) + width)
  const total = prefix[words.length] ?? 0
  const mean = total / count
  const n = words.length
  // cost[k][i]: best cost of the first i words in k lines; from[k][i]: where line k starts.
  const cost = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(Infinity))
  const from = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(-1))
  ;(cost[0] as number[])[0] = 0
  for (let k = 1; k <= count; k++) {
    const row = cost[k] as number[]
    const previous = cost[k - 1] as number[]
    for (let i = 1; i <= n; i++) {
      for (let j = i - 1; j >= 0; j--) {
        const width = (prefix[i] ?? 0) - (prefix[j] ?? 0)
        if (width > perLine) break
        const before = previous[j] ?? Infinity
        if (width < 2 || before === Infinity) continue
        const candidate = before + (width - mean) ** 2 + breakPenalty(words, j)
        if (candidate < (row[i] ?? Infinity)) {
          row[i] = candidate
          ;(from[k] as number[])[i] = j
        }
      }
    }
  }
  if ((cost[count]?.[n] ?? Infinity) === Infinity) return undefined
  const lines: string[] = []
  let end = n
  for (let k = count; k >= 1; k--) {
    const start = from[k]?.[end] ?? 0
    lines.unshift(words.slice(start, end).join(''))
    end = start
  }
  return lines
}

/** A title with no usable word breaks (one long run of letters) is cut evenly. */
function hardWrap(text: string, perLine: number): string[] {
  const characters = Array.from(text)
  const count = Math.ceil(textWidth(text) / perLine)
  const size = Math.ceil(characters.length / count)
  const lines: string[] = []
  for (let start = 0; start < characters.length; start += size) {
    lines.push(characters.slice(start, start + size).join(''))
  }
  return lines
}
