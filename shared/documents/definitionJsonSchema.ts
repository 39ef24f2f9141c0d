import { z } from '../zod'
import { definitionSchema } from './definition'

/**
 * The JSON Schema of the document definition, generated from the zod schema (the one source of
 * truth) and committed as shared/documents/definition.schema.json for editors and other tools.
 */
export function definitionJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(definitionSchema, { io: 'input', unrepresentable: 'any' }),
    title: '协知 公文定义（GB/T 9704-2012）',
    description: '由 npm run gongwen -- render 生成 Word 公文的文档定义。',
  }
}
