import type { DefinitionProblem } from '../../../../shared/documents/definition'

/**
 * Where validation problems are shown: each input shows the problems under its path, and the
 * list above the form names each place in words (正文第 3 段) next to its path.
 */

export function problemsUnder(
  problems: readonly DefinitionProblem[],
  prefix: string,
): DefinitionProblem[] {
  return problems.filter(
    (p) => p.path === prefix || p.path.startsWith(`${prefix}.`) || p.path.startsWith(`${prefix}[`),
  )
}

/** The messages for one input, joined; undefined when it has none. */
export function fieldError(
  problems: readonly DefinitionProblem[],
  ...prefixes: string[]
): string | undefined {
  const messages = [...new Set(prefixes.flatMap((p) => problemsUnder(problems, p)))].map(
    (p) => p.message,
  )
  return messages.length > 0 ? [...new Set(messages)].join('；') : undefined
}

const FIELD_LABELS: Readonly<Record<string, string>> = {
  format: '格式',
  copyNumber: '份号',
  classification: '密级',
  urgency: '紧急程度',
  issuers: '发文机关',
  markText: '发文机关标志',
  documentNumber: '发文字号',
  signers: '签发人',
  title: '标题',
  mainRecipients: '主送机关',
  body: '正文',
  attachments: '附件',
  signatures: '署名',
  sealed: '加盖印章',
  date: '成文日期',
  note: '附注',
  attendance: '出席人员',
  copyTo: '抄送机关',
  reportTo: '报送机关',
  sendTo: '分送机关',
  printer: '印发机关',
  printDate: '印发日期',
  options: '选项',
}

/** body[2].text → 正文第 3 块；attachments[0].body[1] → 附件 1 正文第 2 块. */
export function pathLabel(path: string): string {
  if (path === '') return '文档'
  const attachment = /^attachments\[(\d+)\](?:\.body\[(\d+)\])?/.exec(path)
  if (attachment) {
    const [, index = '0', block] = attachment
    const base = `附件 ${String(Number(index) + 1)}`
    return block === undefined ? base : `${base} 正文第 ${String(Number(block) + 1)} 块`
  }
  const body = /^body\[(\d+)\]/.exec(path)
  if (body) return `正文第 ${String(Number(body[1]) + 1)} 块`
  const field = /^[A-Za-z]+/.exec(path)?.[0] ?? ''
  return FIELD_LABELS[field] ?? path
}
