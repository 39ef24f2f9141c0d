import type { z } from '../zod'
import type { AttachmentRules } from './attachments'
import type { RecordMeta } from './recordMeta'
import type { Workflow } from '../workflow/workflow'

/**
 * How a field is edited and shown. `allowed` on a choice says how an import's refusal describes
 * the allowed values when they are too many to list (天津市 16 个区，如“和平区”“滨海新区”).
 */
export type FieldInput =
  | { type: 'text'; multiline?: boolean; placeholder?: string; suggestions?: TitleSuggestions }
  | { type: 'select'; options: readonly FieldOption[]; allowed?: string }
  | { type: 'multiselect'; options: readonly FieldOption[]; allowed?: string }
  | { type: 'integer' }
  | { type: 'reference'; kind: KindName }
  | { type: 'stringList'; placeholder?: string }
  | { type: 'longText' }
  | { type: 'parties'; kinds: readonly KindName[]; names: boolean }
  | { type: 'date' }
  | { type: 'dateTime' }
  | { type: 'timeRange' }
  /** From one date to another (a survey's 起止日期). */
  | { type: 'dateRange' }
  | { type: 'attachments'; rules: AttachmentRules }
  /** A list of small items of a few columns each (a visit's 企业诉求), edited row by row. */
  | { type: 'items'; columns: readonly ItemColumn[]; itemLabel: string }
  /** A workflow's state: changed by its moves on the detail page, never typed in a form. */
  | { type: 'workflow'; workflow: Workflow }
  /** The moves a workflow's record went through: who, when, why. */
  | { type: 'stateLog'; workflow: Workflow }
  /** A child's place among its siblings (a fractional key; see shared/records/orderKey). */
  | { type: 'orderKey' }
  /**
   * A value with a shape of its own (a survey's 问卷), edited by its feature's own panel, never
   * in the generic form; shown elsewhere (history, lists) by its summary.
   */
  | { type: 'structured'; summary: (value: unknown) => string }

/** One column of an `items` field: a text (the first is the item's own text) or a choice. */
export interface ItemColumn {
  readonly name: string
  readonly label: string
  readonly options?: readonly FieldOption[]
  readonly required?: boolean
  readonly max?: number
}

/**
 * A text field that offers the titles of another kind's records while it is typed, still
 * accepting any text (an enterprise's 所属商会: the 商会 in the directory, or one not yet there).
 */
export interface TitleSuggestions {
  readonly kind: KindName
  /** field → accepted values, as a list filter. */
  readonly filters: Readonly<Record<string, readonly string[]>>
}

export interface FieldOption {
  readonly value: string
  readonly label: string
  /** Other ways people write this option (滨海 for 滨海新区); an import understands them. */
  readonly aliases?: readonly string[]
}

export interface FieldMeta {
  readonly label: string
  readonly input: FieldInput
  readonly required?: boolean
  readonly helperText?: string
  /** Grid columns out of 12 in the form. */
  readonly width?: 3 | 4 | 6 | 12
}

export interface FormSection<F extends string> {
  readonly title: string
  readonly fields: readonly F[]
}

export interface ListColumn<F extends string> {
  readonly field: F | 'updatedAt'
  readonly width?: number
  /** Only indexed fields can be sorted (the list never sorts a whole table in memory). */
  readonly sortable?: boolean
}

export interface ListFilter<F extends string> {
  readonly field: F
  /**
   * A multi-valued field (tags) whose filter can require any or all of the chosen values: the
   * labels of the two choices. Without it, a record passes when it has any chosen value.
   */
  readonly match?: { readonly any: string; readonly all: string }
  /**
   * A date field filtered by a period (from one day to another, or 本月, 上季度…) instead of by
   * values: the filter's label, e.g. 时间段. The field must be indexed.
   */
  readonly period?: string
}

export interface UniqueConstraint<F extends string> {
  readonly field: F
  readonly message: string
}

export type KindName =
  | 'enterprise'
  | 'org'
  | 'contact'
  | 'document'
  | 'followUp'
  | 'meeting'
  | 'agendaItem'
  | 'decision'
  | 'enterpriseDelegate'
  | 'actionItem'
  | 'progressNote'
  | 'liaisonEntry'
  | 'consultation'
  | 'opinion'
  | 'survey'
  | 'visit'
  | 'training'
  | 'registration'
  | 'trainingFeedback'
  | 'policy'
  | 'referenceCase'
  | 'publicity'
  | 'briefing'

/**
 * A record kind, declared once: its schema, labels, storage indexes, list, filters, search and
 * Excel columns. Generic screens, queries, import/export and backups read this declaration.
 */
export interface KindDefinition<S extends z.ZodObject = z.ZodObject> {
  readonly name: KindName
  /** Dexie table name. */
  readonly table: string
  /** Chinese name of one record, e.g. 企业. */
  readonly label: string
  /** Navigation / page title, e.g. 企业库. */
  readonly title: string
  readonly schema: S
  /** A blank record for a new form. */
  readonly empty: () => z.input<S>
  readonly fields: { readonly [K in keyof z.infer<S> & string]: FieldMeta }
  readonly form: readonly FormSection<keyof z.infer<S> & string>[]
  /** The field that names a record in lists, links and search results. */
  readonly titleField: keyof z.infer<S> & string
  /** A short secondary line for search results and pickers. */
  readonly subtitle: (record: z.infer<S>) => string
  /** Indexed fields (Dexie syntax: `*tags` for multi-entry). */
  readonly indexes: readonly string[]
  readonly listColumns: readonly ListColumn<keyof z.infer<S> & string>[]
  readonly filters: readonly ListFilter<keyof z.infer<S> & string>[]
  readonly searchFields: readonly (keyof z.infer<S> & string)[]
  /**
   * Single-value fields whose counts per value are kept as records are written (the 工作台's
   * distribution by 所属区), read in one step at any size. The live count is always kept.
   */
  readonly tallied?: readonly (keyof z.infer<S> & string)[]
  readonly unique: readonly UniqueConstraint<keyof z.infer<S> & string>[]
  /** Columns of the Excel import/export, in order; header aliases help auto-mapping. */
  readonly excel: readonly ExcelColumn<keyof z.infer<S> & string>[]
  /**
   * Fields that win or lose together when changes from two PCs meet (a 公文's definition with
   * its title and number): an edit of one carries the whole group, and the group's latest
   * clock decides.
   */
  readonly mergeGroups?: readonly (readonly (keyof z.infer<S> & string)[])[]
  /**
   * A kind whose records belong to a record of another kind (an agenda item to its meeting):
   * they hold its id in `parentId` and their place in `order`, are listed, added, reordered and
   * removed on its detail page, and are deleted and restored with it.
   */
  readonly parent?: { readonly kind: KindName }
  /**
   * When two children of one parent are the same (a person registered twice): equal non-empty
   * keys. An import into a parent refuses a row that repeats a child already there or an
   * earlier row.
   */
  readonly sameChild?: (row: Readonly<Record<string, unknown>>) => string
  /** The kind's deadline: a date field, and the workflow field whose closed states stop it. */
  readonly deadline?: {
    readonly field: keyof z.infer<S> & string
    readonly workflowField: keyof z.infer<S> & string
  }
  /** Fields computed from others, recomputed whenever a change is applied. */
  readonly derive?: (data: Readonly<Record<string, unknown>>) => Partial<z.input<S>>
}

export interface ExcelColumn<F extends string> {
  readonly field: F
  readonly aliases?: readonly string[]
}

export type StoredRecord<S extends z.ZodObject> = z.infer<S> & RecordMeta
