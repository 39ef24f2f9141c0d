import { cleanText } from '../text/cleanText'
import { z } from '../zod'

/**
 * Files kept with a record. The record holds each file's description; the bytes are a Blob in
 * the database's file table under the same id, written once and never changed, so a record's
 * change log and merges only ever see the description.
 */
export interface AttachmentRules {
  /** The largest file accepted, in bytes. */
  readonly maxBytes: number
  readonly maxFiles: number
  /** MIME types accepted. */
  readonly types: readonly string[]
}

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'] as const
export const PDF_TYPE = 'application/pdf'

/** What office work attaches: photos, scans, PDFs, Word and Excel files, plain text. */
export const OFFICE_FILE_TYPES: readonly string[] = [
  ...IMAGE_TYPES,
  PDF_TYPE,
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel',
  'text/plain',
]

/** Types a file of this name is taken to be when the system gives none (common on Linux). */
const TYPES_BY_EXTENSION: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  pdf: PDF_TYPE,
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xls: 'application/vnd.ms-excel',
  txt: 'text/plain',
}

export const DEFAULT_ATTACHMENT_RULES: AttachmentRules = {
  maxBytes: 20 * 1024 * 1024,
  maxFiles: 50,
  types: OFFICE_FILE_TYPES,
}

export const attachmentSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().overwrite(cleanText).trim().min(1).max(200),
  type: z.string().max(120),
  size: z.number().int().nonnegative(),
  addedAt: z.number().int().nonnegative(),
})

export type Attachment = z.infer<typeof attachmentSchema>

/** The type a file is kept as: the one the system gave, else the one its name says. */
export function attachmentType(file: { readonly name: string; readonly type: string }): string {
  if (file.type !== '') return file.type
  const extension = file.name.split('.').pop()?.toLowerCase() ?? ''
  return TYPES_BY_EXTENSION[extension] ?? ''
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

/** Why a file cannot be attached (in Chinese), or null when it can. */
export function attachmentProblem(
  file: { readonly name: string; readonly type: string; readonly size: number },
  rules: AttachmentRules,
): string | null {
  if (!rules.types.includes(attachmentType(file))) {
    return `“${file.name}”的类型不能作为附件（可以附加图片、PDF、Word、Excel 和文本文件）`
  }
  if (file.size > rules.maxBytes) {
    return `“${file.name}”有 ${megabytes(file.size)}，超过了 ${megabytes(rules.maxBytes)} 的上限`
  }
  if (file.size === 0) return `“${file.name}”是空文件`
  return null
}

export function attachmentList(label: string, rules: AttachmentRules) {
  return z
    .array(
      attachmentSchema.superRefine((file, ctx) => {
        if (!rules.types.includes(file.type) || file.size > rules.maxBytes) {
          ctx.addIssue({ code: 'custom', message: `${label}中的“${file.name}”不符合附件要求` })
        }
      }),
      { error: `${label}应为文件列表` },
    )
    .max(rules.maxFiles, `${label}最多${rules.maxFiles}个文件`)
    .default([])
}

/** The well-formed file descriptions in a field's value (anything else is left out). */
export function attachmentsOf(value: unknown): Attachment[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((item) => {
    const parsed = attachmentSchema.safeParse(item)
    return parsed.success ? [parsed.data] : []
  })
}

export const isPreviewableImage = (type: string) =>
  (IMAGE_TYPES as readonly string[]).includes(type)
export const isPdf = (type: string) => type === PDF_TYPE
