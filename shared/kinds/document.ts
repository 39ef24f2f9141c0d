import { isIsoDate } from '../documents/chineseDate'
import { FORMATS, FORMAT_LABELS } from '../documents/definition'
import { documentNumberProblem } from '../documents/documentNumber'
import { REGISTER_STATUSES, REGISTER_STATUS_LABELS, numberFieldsOf } from '../documents/register'
import { z } from '../zod'
import { count, optionalText } from './fieldSchemas'
import type { KindDefinition } from './types'

/**
 * 公文 in the 发文登记 (document register): one entry per document or reserved number. The
 * number fields (机关代字, year, sequence) are stored apart so the register can be read per
 * series through the [prefix+year] index; `definition` holds the document definition as JSON so a
 * document can be reopened and edited (a draft may not be a valid definition yet).
 */

/** The largest stored definition: far above any real document, below what would slow the log. */
const MAX_DEFINITION_CHARS = 2_000_000

export const SOURCE_KINDS = [
  { value: 'enterprise', label: '企业' },
  { value: 'org', label: '单位' },
  { value: 'contact', label: '联系人' },
] as const

export const documentSchema = z
  .object({
    title: optionalText('标题', 300),
    documentNumber: optionalText('发文字号', 60),
    prefix: optionalText('机关代字', 30),
    year: count('年份'),
    sequence: count('序号'),
    format: z.enum(FORMATS, { error: '格式不是有效的选项' }).default('file'),
    date: optionalText('成文日期', 10).refine(
      (value) => value === '' || isIsoDate(value),
      '成文日期格式应为 YYYY-MM-DD',
    ),
    status: z.enum(REGISTER_STATUSES, { error: '状态不是有效的选项' }).default('draft'),
    /** The record the document was written from (a meeting, a demand…), for later modules. */
    sourceKind: optionalText('来源记录类型', 30),
    sourceId: optionalText('来源记录', 64),
    /** Name of the last saved .docx. */
    fileName: optionalText('文件名', 200),
    definition: z
      .string({ error: '文档定义应为文字' })
      .max(MAX_DEFINITION_CHARS, '文档内容过长')
      .default(''),
    remark: optionalText('备注', 500),
  })
  .superRefine((entry, ctx) => {
    if (entry.format !== 'minutes' && entry.documentNumber !== '') {
      const problem = documentNumberProblem(entry.documentNumber)
      if (problem) ctx.addIssue({ code: 'custom', path: ['documentNumber'], message: problem })
    }
    // The indexed parts must say what the number says, or the numbering would go wrong.
    const fields = numberFieldsOf(entry.documentNumber, entry.format)
    if (
      fields.documentNumber !== entry.documentNumber ||
      fields.prefix !== entry.prefix ||
      fields.year !== entry.year ||
      fields.sequence !== entry.sequence
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['documentNumber'],
        message: '发文字号与登记的机关代字、年份、序号不一致',
      })
    }
    if ((entry.status === 'reserved' || entry.status === 'void') && entry.sequence === 0) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: '预留或作废的登记须有发文字号' })
    }
  })

export type DocumentEntry = z.infer<typeof documentSchema>

const statusOptions = REGISTER_STATUSES.map((value) => ({
  value,
  label: REGISTER_STATUS_LABELS[value],
}))
const formatOptions = FORMATS.map((value) => ({ value, label: FORMAT_LABELS[value] }))

export const documentKind: KindDefinition<typeof documentSchema> = {
  name: 'document',
  table: 'documents',
  label: '公文',
  title: '公文',
  schema: documentSchema,
  empty: () => ({
    title: '',
    documentNumber: '',
    prefix: '',
    year: 0,
    sequence: 0,
    format: 'file',
    date: '',
    status: 'draft',
    sourceKind: '',
    sourceId: '',
    fileName: '',
    definition: '',
    remark: '',
  }),
  fields: {
    title: { label: '标题', input: { type: 'text' }, width: 12 },
    documentNumber: { label: '发文字号', input: { type: 'text' }, width: 6 },
    prefix: { label: '机关代字', input: { type: 'text' }, width: 4 },
    year: { label: '年份', input: { type: 'integer' }, width: 4 },
    sequence: { label: '序号', input: { type: 'integer' }, width: 4 },
    format: { label: '格式', input: { type: 'select', options: formatOptions }, width: 4 },
    date: { label: '成文日期', input: { type: 'text', placeholder: 'YYYY-MM-DD' }, width: 4 },
    status: { label: '状态', input: { type: 'select', options: statusOptions }, width: 4 },
    sourceKind: {
      label: '来源记录类型',
      input: { type: 'select', options: SOURCE_KINDS },
      width: 6,
    },
    sourceId: { label: '来源记录', input: { type: 'text' }, width: 6 },
    fileName: { label: '文件名', input: { type: 'text' }, width: 12 },
    definition: { label: '文档定义', input: { type: 'text', multiline: true }, width: 12 },
    remark: { label: '备注', input: { type: 'text', multiline: true }, width: 12 },
  },
  form: [
    { title: '发文字号', fields: ['documentNumber', 'prefix', 'year', 'sequence'] },
    { title: '公文', fields: ['title', 'format', 'date', 'status', 'fileName', 'remark'] },
    { title: '来源', fields: ['sourceKind', 'sourceId'] },
  ],
  titleField: 'title',
  subtitle: (entry) => [entry.documentNumber, entry.date].filter(Boolean).join(' · '),
  indexes: ['[prefix+year]', 'documentNumber', 'status', 'format', 'date'],
  listColumns: [
    { field: 'documentNumber', width: 180, sortable: true },
    { field: 'title', width: 360, sortable: true },
    { field: 'format', width: 100, sortable: true },
    { field: 'date', width: 110, sortable: true },
    { field: 'status', width: 80, sortable: true },
    { field: 'updatedAt', width: 150, sortable: true },
  ],
  filters: [{ field: 'status' }, { field: 'format' }],
  searchFields: ['title', 'documentNumber'],
  // Numbers are checked per series by the register (tombstones included), not here: a 纪要's
  // 期号 may repeat across different 纪要.
  unique: [],
  // The indexed parts of a 发文字号 are computed from it, never merged on their own.
  derive: (data) => {
    const { prefix, year, sequence } = numberFieldsOf(
      typeof data.documentNumber === 'string' ? data.documentNumber : '',
      FORMATS.find((format) => format === data.format) ?? 'file',
    )
    return { prefix, year, sequence }
  },
  // A document's text and what the register shows of it change together.
  mergeGroups: [['definition', 'title', 'documentNumber', 'format', 'date']],
  excel: [
    { field: 'documentNumber', aliases: ['文号', '发文号'] },
    { field: 'title', aliases: ['文件标题', '公文标题'] },
    { field: 'format', aliases: ['公文格式'] },
    { field: 'date', aliases: ['日期', '发文日期'] },
    { field: 'status', aliases: ['登记状态'] },
    { field: 'remark', aliases: ['备注', '说明'] },
  ],
}
