/**
 * The page estimate against the word processor: where the engine thinks the text ends (it decides
 * where the 版记 goes, and is what the preview's page breaks approximate) is compared with the
 * pages LibreOffice lays out. Documents without a 版记, printed one-sided, so the last page is the
 * text's last page.
 */
import { readFileSync } from 'node:fs'
import { describe, it } from 'vitest'
import type { DocumentDefinitionInput } from '../../shared/documents/definition'
import { validateDefinition } from '../../shared/documents/definition'
import { estimateDocumentEnd } from '../../shared/documents/render'
import { longReport } from '../../scripts/bench/longReport'
import { expectTrue } from './lib/check'
import { renderDefinition } from './lib/document'

function example(name: string): DocumentDefinitionInput {
  return JSON.parse(
    readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8'),
  ) as DocumentDefinitionInput
}

/** The definition without its 版记 and printed on one side. */
function textOnly(input: DocumentDefinitionInput): DocumentDefinitionInput {
  return {
    ...input,
    copyTo: undefined,
    printer: undefined,
    printDate: undefined,
    options: { ...input.options, duplex: false },
  }
}

const cases: readonly [string, DocumentDefinitionInput][] = [
  ['file-notice', textOnly(example('file-notice'))],
  ['joint-notice', textOnly(example('joint-notice'))],
  ['upward-report', textOnly(example('upward-report'))],
  ['letter', textOnly(example('letter'))],
  ['minutes', textOnly(example('minutes'))],
  ['report-10', textOnly(longReport(10))],
  ['report-20', textOnly(longReport(20))],
]

describe('page estimate', () => {
  it.each(cases)(
    '%s: the estimated last page is the word processor’s, within a page in 25',
    async (name, input) => {
      const result = validateDefinition(input)
      if (!result.ok) throw new Error(`${name} is invalid`)
      const estimated = estimateDocumentEnd(result.definition).page
      const rendered = await renderDefinition(`estimate-${name}`, input)
      const actual = rendered.pages.length
      const allowed = Math.floor(actual / 25)
      expectTrue(
        `${name}: estimated ${String(estimated)} pages, LibreOffice ${String(actual)} (allowed ±${String(allowed)})`,
        Math.abs(estimated - actual) <= allowed,
        `off by ${String(estimated - actual)}`,
      )
    },
  )
})
