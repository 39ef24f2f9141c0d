import type { DocumentDefinitionInput } from '../../../../shared/documents/definition'

/**
 * A document definition as a file: the JSON that `npm run gongwen -- render` reads, so an office
 * can keep templates and render many documents in one go from what the editor wrote.
 */

/** The largest definition file opened: far above any real 公文, small enough to read at once. */
export const MAX_DEFINITION_FILE_BYTES = 2 * 1024 * 1024

export function definitionFileBytes(definition: DocumentDefinitionInput): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`${JSON.stringify(definition, null, 2)}\n`)
}

export type ReadDefinition =
  | { readonly ok: true; readonly input: Record<string, unknown> }
  | { readonly ok: false; readonly message: string }

/** Reads a definition file's text: JSON holding one object (a BOM from Windows Notepad is fine). */
export function parseDefinitionFile(name: string, size: number, text: string): ReadDefinition {
  if (!/\.json$/i.test(name)) return { ok: false, message: '请选择 .json 格式的公文定义文件' }
  if (size > MAX_DEFINITION_FILE_BYTES) {
    return { ok: false, message: '文件过大（超过 2 MB），不是公文定义文件' }
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return { ok: false, message: `“${name}”不是有效的 JSON 文件` }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, message: `“${name}”不是公文定义（应为一个 JSON 对象）` }
  }
  return { ok: true, input: parsed as Record<string, unknown> }
}
