import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import {
  validateDefinition,
  type DocumentDefinitionInput,
} from '../../../shared/documents/definition'
import { renderDocx } from '../../../shared/documents/render'

describe('the document properties of a rendered .docx', () => {
  it('name 协知 as author and last editor (Word: 作者, 最后修改者), never “Un-named”', async () => {
    const input = JSON.parse(
      readFileSync(new URL('../../../examples/letter.json', import.meta.url), 'utf8'),
    ) as DocumentDefinitionInput
    const result = validateDefinition(input)
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    const core = strFromU8(
      unzipSync(await renderDocx(result.definition))['docProps/core.xml'] ?? new Uint8Array(),
    )
    expect(core).toContain('<dc:creator>协知</dc:creator>')
    expect(core).toContain('<cp:lastModifiedBy>协知</cp:lastModifiedBy>')
    expect(core).not.toContain('Un-named')
  })
})
