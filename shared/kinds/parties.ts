import { cleanText } from '../text/cleanText'
import { z } from '../zod'
import type { KindName } from './types'

/**
 * A party to a record (an attendee, a 主办单位): a record of some kind, or a name typed for
 * someone not in the directory. Stored as text, `contact:<id>` or `name:张三`, so a list of them
 * is one multi-entry index ("every meeting this contact attended") and merges like any list.
 */
export type Party =
  | { readonly kind: KindName; readonly id: string }
  | { readonly kind: 'name'; readonly name: string }

const NAME_PREFIX = 'name:'

export function encodeParty(party: Party): string {
  return party.kind === 'name' ? `${NAME_PREFIX}${party.name}` : `${party.kind}:${party.id}`
}

/** The party a stored value names; null for text that is not one. */
export function decodeParty(value: string): Party | null {
  const colon = value.indexOf(':')
  if (colon <= 0) return null
  const prefix = value.slice(0, colon)
  const rest = value.slice(colon + 1)
  if (rest === '') return null
  if (prefix === 'name') return { kind: 'name', name: rest }
  return { kind: prefix as KindName, id: rest }
}

/** A typed name, cleaned as every text is; '' when nothing is left. */
export function typedPartyName(text: string): string {
  return cleanText(text).trim().slice(0, 50)
}

export function partyList(label: string, kinds: readonly KindName[], names: boolean, max: number) {
  return z
    .array(
      z.string().superRefine((value, ctx) => {
        const party = decodeParty(value)
        const allowed =
          party !== null &&
          (party.kind === 'name'
            ? names && typedPartyName(party.name) === party.name
            : kinds.includes(party.kind) && party.id.length <= 64)
        if (!allowed) ctx.addIssue({ code: 'custom', message: `${label}含有无效的项` })
      }),
      { error: `${label}应为列表` },
    )
    .max(max, `${label}最多${max}项`)
    .default([])
    .transform((list) => [...new Set(list)])
}
