import { textOf } from '../../../shared/kinds/display'
import { SIGNED_IN } from '../../../shared/kinds/training'

/** A 报名 as the 签到 panel finds and shows it. */
export interface Registrant {
  readonly id: string
  readonly name: string
  readonly unit: string
  readonly title: string
  readonly attended: boolean
}

export const registrantOf = (row: Readonly<Record<string, unknown>> & { readonly id: string }) => ({
  id: row.id,
  name: textOf(row.name),
  unit: textOf(row.unit),
  title: textOf(row.title),
  attended: row.attended === SIGNED_IN,
})

/** The least a query must have before it is matched: two characters of a name or unit. */
export const MIN_QUERY = 2

/** Those whose name or unit holds the query (spaces ignored), not yet signed in first. */
export function signInMatches(registrants: readonly Registrant[], query: string): Registrant[] {
  const typed = query.replace(/\s+/g, '')
  if (typed.length < MIN_QUERY) return []
  return registrants
    .filter((r) => r.name.replace(/\s+/g, '').includes(typed) || r.unit.includes(typed))
    .sort((a, b) => Number(a.attended) - Number(b.attended))
}

/** What Enter does: sign in the one match not yet signed in, or say why it cannot. */
export function enterTarget(
  matches: readonly Registrant[],
): { readonly sign: Registrant } | { readonly message: string } {
  const waiting = matches.filter((r) => !r.attended)
  if (waiting.length === 1 && waiting[0]) return { sign: waiting[0] }
  if (waiting.length > 1)
    return { message: `有 ${String(waiting.length)} 人匹配，请再输入几个字或点选` }
  if (matches.length > 0) return { message: `${matches[0]?.name ?? ''} 已签到` }
  return { message: '没有匹配的报名，可用“现场报名”添加' }
}
