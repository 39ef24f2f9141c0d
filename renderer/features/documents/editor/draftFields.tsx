import { TextField, type TextFieldProps } from '@mui/material'
import type { ComponentProps, Dispatch, SetStateAction } from 'react'
import type { DefinitionProblem } from '../../../../shared/documents/definition'
import type { DocumentDraft } from '../draft/documentDraft'
import { fieldError } from '../draft/problems'
import { NameListInput } from './NameListInput'

/** What every section of the editor form receives. */
export interface SectionProps {
  readonly draft: DocumentDraft
  readonly setDraft: Dispatch<SetStateAction<DocumentDraft>>
  readonly problems: readonly DefinitionProblem[]
}

/** Sets one field of the draft. */
export function setField<K extends keyof DocumentDraft>(
  setDraft: Dispatch<SetStateAction<DocumentDraft>>,
  key: K,
  value: DocumentDraft[K],
) {
  setDraft((draft) => ({ ...draft, [key]: value }))
}

type DraftTextProps = Omit<TextFieldProps, 'value' | 'onChange' | 'error'> & {
  readonly field: keyof DocumentDraft
  /** The definition paths whose problems show under this input (default: the field). */
  readonly paths?: readonly string[]
} & SectionProps

/** A text input bound to one string field of the draft, showing that field's problems. */
export function DraftText({
  field,
  paths,
  draft,
  setDraft,
  problems,
  helperText,
  ...rest
}: DraftTextProps) {
  const error = fieldError(problems, ...(paths ?? [field]))
  const value = draft[field]
  return (
    <TextField
      {...rest}
      value={typeof value === 'string' ? value : ''}
      onChange={(event) => setDraft((d) => ({ ...d, [field]: event.target.value }))}
      error={Boolean(error)}
      helperText={error ?? helperText}
    />
  )
}

/** The draft's fields that hold a list of names (发文机关, 抄送机关, 出席…). */
type NameListField = {
  [K in keyof DocumentDraft]: DocumentDraft[K] extends readonly string[] ? K : never
}[keyof DocumentDraft]

type DraftNamesProps = Omit<
  ComponentProps<typeof NameListInput>,
  'value' | 'onChange' | 'error'
> & {
  readonly field: NameListField
  /** The definition paths whose problems show under this input (default: the field). */
  readonly paths?: readonly string[]
} & SectionProps

/** A list of names bound to one list field of the draft, showing that field's problems. */
export function DraftNames({ field, paths, draft, setDraft, problems, ...rest }: DraftNamesProps) {
  return (
    <NameListInput
      {...rest}
      value={draft[field]}
      onChange={(value) => setField(setDraft, field, value)}
      error={fieldError(problems, ...(paths ?? [field]))}
    />
  )
}
