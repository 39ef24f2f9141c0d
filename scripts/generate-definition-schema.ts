/** Writes shared/documents/definition.schema.json from the zod schema: `npm run generate:schema`. */
import { writeFile } from 'node:fs/promises'
import { definitionJsonSchema } from '../shared/documents/definitionJsonSchema'

const path = new URL('../shared/documents/definition.schema.json', import.meta.url)
await writeFile(path, `${JSON.stringify(definitionJsonSchema(), null, 2)}\n`)
process.stdout.write(`已生成 ${path.pathname}\n`)
