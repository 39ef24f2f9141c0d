import type { FieldInput, FieldOption } from '../kinds/types'

type ChoiceInput = Extract<FieldInput, { type: 'select' | 'multiselect' }>

/**
 * The form in which choices are compared: full-width as half-width (NFKC), without spaces or
 * quotes, lower case. 专精特新“小巨人”企业, 专精特新"小巨人"企业 and 专精特新小巨人企业 are one.
 */
function choiceKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s"'“”‘’「」『』]/g, '')
    .toLowerCase()
}

const lookups = new WeakMap<readonly FieldOption[], Map<string, string>>()

/** Every key an option answers to: its value, label and declared aliases (first declared wins). */
function lookupOf(options: readonly FieldOption[]): Map<string, string> {
  let lookup = lookups.get(options)
  if (!lookup) {
    lookup = new Map()
    for (const pass of [
      (o: FieldOption) => [o.value, o.label],
      (o: FieldOption) => o.aliases ?? [],
    ]) {
      for (const option of options) {
        for (const name of pass(option)) {
          const key = choiceKey(name)
          if (key !== '' && !lookup.has(key)) lookup.set(key, option.value)
        }
      }
    }
    lookups.set(options, lookup)
  }
  return lookup
}

/** The option a cell's text names, by value, label or alias; undefined when none. */
export function matchOption(options: readonly FieldOption[], text: string): string | undefined {
  return lookupOf(options).get(choiceKey(text))
}

/** The allowed values as a refusal states them: all of a short list, else the declared summary. */
export function allowedValues(input: ChoiceInput): string {
  const labels = input.options.map((o) => o.label)
  if (labels.length <= 8) return `可选：${labels.join('、')}`
  return `可选：${input.allowed ?? `${labels.slice(0, 5).join('、')}等 ${labels.length} 项`}`
}
