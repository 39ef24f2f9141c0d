import { z } from '../zod'
import { stateLogEntrySchema, type Workflow } from '../workflow/workflow'
import {
  choiceList,
  count as countSchema,
  creditCode as creditCodeSchema,
  email as emailSchema,
  optionalChoice,
  optionalText,
  phone as phoneSchema,
  requiredText,
  textList,
} from './fieldSchemas'
import { isoDate, isoDateTime, rangeSchema, EMPTY_TIME_RANGE } from './dateSchemas'
import { partyList } from './parties'
import { attachmentList, type AttachmentRules } from './attachments'
import { storedItems, type Item } from './items'
import type {
  FieldInput,
  FieldMeta,
  FieldOption,
  ItemColumn,
  KindName,
  TitleSuggestions,
} from './types'

/**
 * A field stated once: how it is validated (schema), shown and edited (meta), what a new record
 * holds (empty) and how an Excel column may be headed (excel aliases, or false to keep it out of
 * Excel). `defineKind` assembles a kind from these.
 */
export interface FieldSpec<S extends z.ZodType = z.ZodType> {
  readonly schema: S
  readonly meta: FieldMeta
  readonly empty: z.input<S>
  readonly excel: readonly string[] | false
}

/** What every builder accepts besides the label. */
export interface FieldOptions {
  readonly width?: FieldMeta['width']
  readonly helperText?: string
  /** Other headers an Excel column of this field may have; false keeps it out of Excel. */
  readonly excel?: readonly string[] | false
}

function spec<S extends z.ZodType>(
  schema: S,
  label: string,
  input: FieldInput,
  empty: z.input<S>,
  options: FieldOptions & { readonly required?: boolean },
): FieldSpec<S> {
  const meta: FieldMeta = {
    label,
    input,
    width: options.width ?? 6,
    ...(options.required ? { required: true } : {}),
    ...(options.helperText ? { helperText: options.helperText } : {}),
  }
  return { schema, meta, empty, excel: options.excel ?? [] }
}

interface TextOptions extends FieldOptions {
  readonly max: number
  readonly required?: boolean
  readonly placeholder?: string
  readonly suggestions?: TitleSuggestions
}

/** One line of text. */
export function text(label: string, options: TextOptions) {
  const input: FieldInput = {
    type: 'text',
    ...(options.placeholder ? { placeholder: options.placeholder } : {}),
    ...(options.suggestions ? { suggestions: options.suggestions } : {}),
  }
  return options.required
    ? spec(requiredText(label, options.max), label, input, '', options)
    : spec(optionalText(label, options.max), label, input, '', options)
}

/** Long text (notes, minutes): a large box, kept as a draft while it is typed. */
export function longText(label: string, options: FieldOptions & { readonly max: number }) {
  return spec(optionalText(label, options.max), label, { type: 'longText' }, '', {
    width: 12,
    ...options,
  })
}

/** One of the options, or none; `initial` is what a new record starts with (a survey is 筹备). */
export function choice<const O extends readonly FieldOption[]>(
  label: string,
  options: O,
  extra: FieldOptions & { readonly allowed?: string; readonly initial?: O[number]['value'] } = {},
) {
  const values = options.map((o) => o.value) as unknown as readonly [
    O[number]['value'],
    ...O[number]['value'][],
  ]
  const input: FieldInput = {
    type: 'select',
    options,
    ...(extra.allowed ? { allowed: extra.allowed } : {}),
  }
  const { initial = '', ...rest } = extra
  return spec(optionalChoice(values, label), label, input, initial, { width: 4, ...rest })
}

/** Any number of the options. */
export function choices<const O extends readonly FieldOption[]>(
  label: string,
  options: O,
  extra: FieldOptions = {},
) {
  const values = options.map((o) => o.value) as unknown as readonly [
    O[number]['value'],
    ...O[number]['value'][],
  ]
  return spec(choiceList(values, label), label, { type: 'multiselect', options }, [], extra)
}

/** A non-negative whole number (blank is 0). */
export function count(label: string, options: FieldOptions = {}) {
  return spec(countSchema(label), label, { type: 'integer' }, 0, { width: 4, ...options })
}

export function phone(label: string, options: FieldOptions = {}) {
  return spec(phoneSchema(label), label, { type: 'text' }, '', options)
}

export function email(label: string, options: FieldOptions = {}) {
  return spec(emailSchema(label), label, { type: 'text' }, '', options)
}

/** 统一社会信用代码, checked against its check digit. */
export function creditCode(label: string, options: FieldOptions & { placeholder?: string } = {}) {
  const input: FieldInput = {
    type: 'text',
    ...(options.placeholder ? { placeholder: options.placeholder } : {}),
  }
  return spec(creditCodeSchema(), label, input, '', options)
}

/** Short texts typed one by one (an organisation's 内设部门). */
export function texts(
  label: string,
  options: FieldOptions & {
    readonly maxItems: number
    readonly maxLength: number
    readonly placeholder?: string
  },
) {
  const input: FieldInput = {
    type: 'stringList',
    ...(options.placeholder ? { placeholder: options.placeholder } : {}),
  }
  return spec(textList(label, options.maxItems, options.maxLength), label, input, [], {
    width: 12,
    ...options,
  })
}

/** The id of one record of another kind (a contact's 单位). */
export function reference(label: string, kind: KindName, options: FieldOptions = {}) {
  return spec(optionalText(label, 64), label, { type: 'reference', kind }, '', options)
}

/**
 * People or bodies: records of the given kinds, and, when `names` is set, names typed for
 * someone not in the directory.
 */
export function parties(
  label: string,
  kinds: readonly [KindName, ...KindName[]],
  options: FieldOptions & { readonly names?: boolean; readonly max?: number } = {},
) {
  const names = options.names ?? true
  return spec(
    partyList(label, kinds, names, options.max ?? 200),
    label,
    { type: 'parties', kinds, names },
    [],
    { width: 12, ...options },
  )
}

/** A calendar date, stored as 2026-12-02. */
export function date(label: string, options: FieldOptions & { readonly required?: boolean } = {}) {
  return spec(isoDate(label, options.required ?? false), label, { type: 'date' }, '', {
    width: 4,
    ...options,
  })
}

/** A date and time, stored as 2026-12-02T09:30. */
export function dateTime(label: string, options: FieldOptions = {}) {
  return spec(isoDateTime(label), label, { type: 'dateTime' }, '', { width: 6, ...options })
}

/** From one date and time (or, with `dates`, one date) to another. */
function range(label: string, dates: boolean, options: FieldOptions) {
  return spec(
    rangeSchema(label, dates),
    label,
    { type: dates ? 'dateRange' : 'timeRange' },
    { ...EMPTY_TIME_RANGE },
    { width: 12, excel: false, ...options },
  )
}

/** From one date and time to another (a meeting's 开始时间 and 结束时间). */
export const timeRange = (label: string, options: FieldOptions = {}) => range(label, false, options)

/** From one date to another (a survey's 起止日期). */
export const dateRange = (label: string, options: FieldOptions = {}) => range(label, true, options)

/** Files kept with the record (photos, scans, PDFs), within the size and type rules. */
export function attachments(label: string, rules: AttachmentRules, options: FieldOptions = {}) {
  return spec(attachmentList(label, rules), label, { type: 'attachments', rules }, [], {
    width: 12,
    excel: false,
    ...options,
  })
}

/** The record a child belongs to (required; set when the child is added, never edited). */
export function parent(label: string, kind: KindName) {
  // Exported by the parent's title; never imported (a child is added on its parent's page).
  return spec(requiredText(label, 64), label, { type: 'reference', kind }, '', { required: true })
}

/** A child's place among its siblings. */
export function orderKey() {
  return spec(z.string().max(200).default(''), '顺序', { type: 'orderKey' }, '', { excel: false })
}

/** A workflow's state, starting at its initial state; moved only by the workflow's moves. */
export function workflowState<const S extends string>(label: string, workflow: Workflow<S>) {
  const values = workflow.states.map((state) => state.value) as [S, ...S[]]
  return spec(
    z.enum(values, { error: `${label}不是有效的状态` }).default(workflow.initial),
    label,
    { type: 'workflow', workflow },
    workflow.initial,
    // Exported as the state's name; changed only by the workflow's moves.
    { width: 4 },
  )
}

/** The log of a workflow's moves. */
export function stateLog(label: string, workflow: Workflow) {
  return spec(
    z.array(stateLogEntrySchema).max(500).default([]),
    label,
    { type: 'stateLog', workflow },
    [],
    { width: 12, excel: false },
  )
}

function itemColumnSchema(column: ItemColumn) {
  if (column.options) {
    const values = column.options.map((o) => o.value) as [string, ...string[]]
    return optionalChoice(values, column.label)
  }
  const max = column.max ?? 500
  return column.required ? requiredText(column.label, max) : optionalText(column.label, max)
}

/**
 * Items of a few columns each (a visit's 企业诉求), each with an id of its own so that a later
 * record can point at it. Blank items are dropped; a problem names its item (第 2 项：请填写诉求内容).
 * Text stored before the field held items (one item a line) reads as items in the first column.
 * In Excel the items are a cell of lines (see itemsText).
 */
export function items(
  label: string,
  options: FieldOptions & {
    readonly columns: readonly [ItemColumn, ...ItemColumn[]]
    /** What one item is called: 诉求 (添加诉求). */
    readonly itemLabel: string
    readonly maxItems: number
  },
) {
  const { columns, itemLabel, maxItems, ...rest } = options
  const [first] = columns
  const item = z.object({
    id: z.string().min(1).max(64),
    ...Object.fromEntries(columns.map((column) => [column.name, itemColumnSchema(column)])),
  })
  const isBlank = (value: unknown) =>
    typeof value === 'object' &&
    value !== null &&
    columns.every((column) => textOfValue((value as Record<string, unknown>)[column.name]) === '')
  const schema = z.preprocess(
    (value) =>
      typeof value === 'string'
        ? storedItems(value, first.name)
        : Array.isArray(value)
          ? value.filter((entry) => !isBlank(entry))
          : value,
    z
      .array(z.unknown(), { error: `${label}应为列表` })
      .max(maxItems, `${label}至多 ${String(maxItems)} 项`)
      .transform((list, context): Item[] =>
        list.map((value, index) => {
          const parsed = item.safeParse(value)
          if (parsed.success) return parsed.data
          for (const issue of parsed.error.issues) {
            context.addIssue({
              code: 'custom',
              path: [index, ...issue.path],
              message: `第 ${String(index + 1)} 项：${issue.message}`,
            })
          }
          return z.NEVER
        }),
      ),
  )
  return spec(schema, label, { type: 'items', columns, itemLabel }, [], { width: 12, ...rest })
}

const textOfValue = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** A value with a shape of its own, edited by the feature's own panel (a survey's 问卷). */
export function structured<S extends z.ZodType>(
  label: string,
  schema: S,
  empty: z.input<S>,
  summary: (value: unknown) => string,
) {
  return spec(schema, label, { type: 'structured', summary }, empty, { width: 12, excel: false })
}

/** A field whose schema the kind writes itself (a document's definition). */
export function custom<S extends z.ZodType>(
  schema: S,
  label: string,
  input: FieldInput,
  empty: z.input<S>,
  options: FieldOptions = {},
) {
  return spec(schema, label, input, empty, options)
}

export const field = {
  text,
  longText,
  choice,
  choices,
  count,
  phone,
  email,
  creditCode,
  texts,
  reference,
  parties,
  date,
  dateTime,
  timeRange,
  dateRange,
  attachments,
  parent,
  orderKey,
  workflowState,
  stateLog,
  custom,
  structured,
  items,
}
