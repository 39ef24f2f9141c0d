import { describe, expect, it } from 'vitest'
import { isKindName, KINDS, KIND_NAMES, type KindDefinition } from '../../../shared/kinds'
import type { FieldMeta } from '../../../shared/kinds/types'
import type { z } from '../../../shared/zod'

/**
 * Every kind keeps the promises generic code relies on. A new kind that breaks one fails here
 * rather than in a list that cannot sort, a reference to nowhere or a form without a label.
 */

/** Field names an index covers: `*tags` → tags, `[parentId+order]` → parentId, order. */
function indexedFields(kind: KindDefinition): Set<string> {
  return new Set(
    kind.indexes.flatMap((index) =>
      index
        .replace(/^[*&]/, '')
        .replace(/^\[|\]$/g, '')
        .split('+'),
    ),
  )
}

/** The single-field indexes (what a sort or filter walks). */
function plainIndexes(kind: KindDefinition): Set<string> {
  return new Set(
    kind.indexes
      .filter((index) => !index.startsWith('['))
      .map((index) => index.replace(/^[*&]/, '')),
  )
}

const fieldsOf = (kind: KindDefinition) => kind.fields as Readonly<Record<string, FieldMeta>>

describe.each(KIND_NAMES.map((name) => [name, KINDS[name] as KindDefinition] as const))(
  'kind %s',
  (name, kind) => {
    const fields = fieldsOf(kind)

    it('is registered under its own name, with a table and Chinese labels', () => {
      expect(kind.name).toBe(name)
      expect(kind.table).toMatch(/^[a-z][A-Za-z]+$/)
      expect(kind.label).toMatch(/\p{Script=Han}/u)
      expect(kind.title).toMatch(/\p{Script=Han}/u)
    })

    it('labels every field in Chinese', () => {
      for (const [field, meta] of Object.entries(fields)) {
        expect(meta.label, field).toMatch(/\p{Script=Han}/u)
      }
    })

    it('declares the same fields in its schema, its metadata and its blank record', () => {
      const schemaFields = Object.keys(kind.schema.shape).sort()
      expect(Object.keys(fields).sort()).toEqual(schemaFields)
      expect(Object.keys(kind.empty() as object).sort()).toEqual(schemaFields)
    })

    it('has a blank record every optional field of which its schema accepts', () => {
      const empty: Readonly<Record<string, unknown>> = kind.empty()
      const shape: Readonly<Record<string, z.ZodType | undefined>> = kind.schema.shape
      for (const [field, meta] of Object.entries(fields)) {
        const accepted = shape[field]?.safeParse(empty[field]).success
        // A required field may refuse its blank; every other field must take it as it is.
        if (!meta.required) expect(accepted, `${name}.${field} blank`).toBe(true)
      }
    })

    it('gives each caller a blank record of its own: filling one never fills the next', () => {
      const first: Record<string, unknown> = kind.empty()
      for (const value of Object.values(first)) {
        if (Array.isArray(value)) value.push('filled')
        else if (typeof value === 'object' && value !== null) Object.assign(value, { filled: true })
      }
      expect(JSON.stringify(kind.empty())).not.toContain('filled')
    })

    it('shows in its form, lists, filters and search only fields it has, each once per form', () => {
      const formFields: string[] = kind.form.flatMap((section) => section.fields)
      expect(new Set(formFields).size).toBe(formFields.length)
      const named = [
        ...formFields,
        kind.titleField,
        ...kind.listColumns.map((column) => column.field).filter((field) => field !== 'updatedAt'),
        ...kind.filters.map((filter) => filter.field),
        ...kind.searchFields,
        ...kind.unique.map((constraint) => constraint.field),
        ...(kind.tallied ?? []),
        ...kind.excel.map((column) => column.field),
      ]
      for (const field of named) expect(fields, `${name}.${field}`).toHaveProperty(field)
    })

    it('indexes every sortable column, filter, unique field and tallied field', () => {
      const indexed = plainIndexes(kind)
      const needed = [
        ...kind.listColumns
          .filter((column) => column.sortable && column.field !== kind.titleField)
          .map((column) => column.field),
        ...kind.filters.map((filter) => filter.field),
        ...kind.unique.map((constraint) => constraint.field),
        ...(kind.tallied ?? []),
      ].filter((field) => field !== 'updatedAt')
      for (const field of needed) expect(indexed, `${name}.${field} indexed`).toContain(field)
    })

    it('filters by period only date fields', () => {
      for (const filter of kind.filters.filter((f) => f.period)) {
        const input = (fields as Record<string, FieldMeta>)[filter.field]?.input.type
        expect(['date', 'dateTime'], `${name}.${filter.field} period`).toContain(input)
      }
    })

    it('refers only to kinds that exist', () => {
      for (const [field, meta] of Object.entries(fields)) {
        const input = meta.input
        const targets =
          input.type === 'reference'
            ? [input.kind]
            : input.type === 'parties'
              ? input.kinds
              : input.type === 'text' && input.suggestions
                ? [input.suggestions.kind]
                : []
        for (const target of targets)
          expect(KIND_NAMES, `${name}.${field} → ${target}`).toContain(target)
      }
    })

    it('as a child, holds its parent’s id and its order, read through [parentId+order]', () => {
      if (!kind.parent) return
      expect(KIND_NAMES).toContain(kind.parent.kind)
      expect(fields.parentId?.input).toEqual({ type: 'reference', kind: kind.parent.kind })
      expect(fields.order?.input.type).toBe('orderKey')
      expect(kind.indexes).toContain('[parentId+order]')
      expect(kind.indexes).toContain('parentId')
    })

    it('with a deadline, indexes its date and stops it with a workflow', () => {
      if (!kind.deadline) return
      expect(fields[kind.deadline.field]?.input.type).toBe('date')
      expect(fields[kind.deadline.workflowField]?.input.type).toBe('workflow')
      expect(plainIndexes(kind)).toContain(kind.deadline.field)
      expect(indexedFields(kind)).toContain(kind.deadline.workflowField)
    })

    it('with a workflow, keeps the log its moves write', () => {
      const types = Object.values(fields).map((meta) => meta.input.type)
      if (!types.includes('workflow')) return
      expect(types.filter((type) => type === 'stateLog')).toHaveLength(1)
    })
  },
)

describe('a kind named from outside (a package, an address)', () => {
  it('is one of the registry’s own names, never a name every object has', () => {
    expect(KIND_NAMES.every(isKindName)).toBe(true)
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', ''])
      expect(isKindName(name)).toBe(false)
  })
})
