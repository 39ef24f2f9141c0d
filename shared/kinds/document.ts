import { FORMATS, FORMAT_LABELS } from '../documents/definition'
import { documentNumberProblem } from '../documents/documentNumber'
import { REGISTER_STATUSES, REGISTER_STATUS_LABELS, numberFieldsOf } from '../documents/register'
import { z } from '../zod'
import { defineKind } from './defineKind'
import { field } from './fieldBuilders'

/**
 * 公文 in the 发文登记 (document register): one entry per document or reserved number. The
 * number fields (机关代字, year, sequence) are stored apart so the register can be read per
 * series through the [prefix+year] index; `definition` holds the document definition as JSON so a
 * document can be reopened and edited (a draft may not be a valid definition yet).
 */

/** The largest stored definition: far above any real document, below what would slow the log. */
const MAX_DEFINITION_CHARS = 2_000_000

const statusOptions = REGISTER_STATUSES.map((value) => ({
  value,
  label: REGISTER_STATUS_LABELS[value],
}))
const formatOptions = FORMATS.map((value) => ({ value, label: FORMAT_LABELS[value] }))

export const documentKind = defineKind({
  name: 'document',
  table: 'documents',
  label: '公文',
  title: '公文',
  fields: {
    title: field.text('标题', { max: 300, width: 12, excel: ['文件标题', '公文标题'] }),
    documentNumber: field.text('发文字号', { max: 60, excel: ['文号', '发文号'] }),
    prefix: field.text('机关代字', { max: 30, width: 4, excel: false }),
    year: field.count('年份', { excel: false }),
    sequence: field.count('序号', { excel: false }),
    format: field.custom(
      z.enum(FORMATS, { error: '格式不是有效的选项' }).default('file'),
      '格式',
      { type: 'select', options: formatOptions },
      'file',
      { width: 4, excel: ['公文格式'] },
    ),
    date: field.date('成文日期', { excel: ['日期', '发文日期'] }),
    status: field.custom(
      z.enum(REGISTER_STATUSES, { error: '状态不是有效的选项' }).default('draft'),
      '状态',
      { type: 'select', options: statusOptions },
      'draft',
      { width: 4, excel: ['登记状态'] },
    ),
    /** The record the document was written from (a meeting, an enterprise…): its kind and id. */
    sourceKind: field.text('来源记录类型', { max: 30, excel: false }),
    sourceId: field.text('来源记录', { max: 64, excel: false }),
    /** Name of the last saved .docx. */
    fileName: field.text('文件名', { max: 200, width: 12, excel: false }),
    definition: field.custom(
      z.string({ error: '文档定义应为文字' }).max(MAX_DEFINITION_CHARS, '文档内容过长').default(''),
      '文档定义',
      { type: 'longText' },
      '',
      { width: 12, excel: false },
    ),
    remark: field.longText('备注', { max: 500, excel: ['备注', '说明'] }),
  },
  refine: (entry, ctx) => {
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
  },
  excelOrder: ['documentNumber', 'title', 'format', 'date', 'status', 'remark'],
  form: [
    { title: '发文字号', fields: ['documentNumber', 'prefix', 'year', 'sequence'] },
    { title: '公文', fields: ['title', 'format', 'date', 'status', 'fileName', 'remark'] },
    { title: '来源', fields: ['sourceKind', 'sourceId'] },
  ],
  titleField: 'title',
  subtitle: (entry) => [entry.documentNumber, entry.date].filter(Boolean).join(' · '),
  indexes: ['[prefix+year]', 'documentNumber', 'status', 'format', 'date', 'sourceId'],
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
})

export type DocumentEntry = ReturnType<typeof documentKind.schema.parse>
export const documentSchema = documentKind.schema
