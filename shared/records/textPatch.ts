import { diffChars } from 'diff'

/**
 * A compact patch between two texts, for the change log: a 公文 definition or long meeting notes
 * changed by a few characters is logged as the new text and a patch back to the old one, not as
 * two whole copies. The diff is jsdiff's (Myers, by code point); a patch is a list of steps over
 * the source text: keep n characters, skip n, or insert a text.
 */
export type PatchStep = number | string | { readonly skip: number }

/** The steps that turn `from` into `to`, or undefined when the texts differ too much to bother. */
export function textPatch(from: string, to: string): PatchStep[] | undefined {
  const parts = diffChars(from, to, { maxEditLength: 2000, timeout: 100 })
  if (!parts) return undefined
  const steps: PatchStep[] = []
  for (const part of parts) {
    const length = Array.from(part.value).length
    if (part.added) steps.push(part.value)
    else if (part.removed) steps.push({ skip: length })
    else steps.push(length)
  }
  return steps
}

/** Applies a patch made by `textPatch` to the text it was made from. */
export function applyTextPatch(from: string, steps: readonly PatchStep[]): string {
  const source = Array.from(from)
  let at = 0
  let result = ''
  for (const step of steps) {
    if (typeof step === 'number') {
      result += source.slice(at, at + step).join('')
      at += step
    } else if (typeof step === 'string') result += step
    else at += step.skip
  }
  return result
}
