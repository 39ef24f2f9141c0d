/**
 * The themes a survey report groups the enterprises' problems under, each found by its words
 * (a problem may fall under several). Written with the offices' own vocabulary; what matches
 * none is 其他问题, so nothing a visit noted is left out of the report.
 */
export const PROBLEM_THEMES = [
  { theme: '专利创造和布局', words: ['专利', '发明', '布局', '研发', '创新'] },
  { theme: '商标品牌保护', words: ['商标', '品牌', '抢注', '仿冒', '假冒'] },
  { theme: '侵权维权', words: ['侵权', '维权', '诉讼', '取证', '赔偿', '纠纷'] },
  { theme: '知识产权运用和融资', words: ['融资', '质押', '转化', '许可', '贷款', '资金'] },
  { theme: '海外知识产权风险', words: ['海外', '国际', '出口', '境外', '参展', 'PCT'] },
  { theme: '管理和人才', words: ['人才', '管理', '专员', '人员', '培训', '意识'] },
] as const

export const OTHER_THEME = '其他问题'

export interface ThemedProblem {
  readonly theme: string
  readonly items: readonly { readonly enterprise: string; readonly text: string }[]
}

/** The problems by theme, in the themes' order, themes with none left out, 其他问题 last. */
export function problemsByTheme(
  problems: readonly { readonly enterprise: string; readonly text: string }[],
): ThemedProblem[] {
  const themes = [...PROBLEM_THEMES.map((t) => t.theme), OTHER_THEME]
  const grouped = new Map<string, { enterprise: string; text: string }[]>(
    themes.map((theme) => [theme, []]),
  )
  for (const problem of problems) {
    const text = problem.text.trim()
    if (text === '') continue
    const matched = PROBLEM_THEMES.filter((t) => t.words.some((word) => text.includes(word)))
    for (const { theme } of matched.length > 0 ? matched : [{ theme: OTHER_THEME }]) {
      grouped.get(theme)?.push({ enterprise: problem.enterprise, text })
    }
  }
  return themes.flatMap((theme) => {
    const items = grouped.get(theme) ?? []
    return items.length > 0 ? [{ theme, items }] : []
  })
}
