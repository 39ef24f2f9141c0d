import { Autocomplete, TextField } from '@mui/material'
import type { ReactNode } from 'react'
import { KINDS } from '../../../shared/kinds'
import { textOf } from '../../../shared/kinds/display'
import type { TitleSuggestions } from '../../../shared/kinds/types'
import { useLiveData } from '../../data/hooks'

/** How many titles are offered; the field still takes any text. */
const OFFERED = 500

interface Props {
  readonly name: string
  readonly label: string
  readonly required: boolean | undefined
  readonly value: string
  readonly suggestions: TitleSuggestions
  readonly onChange: (value: string) => void
  readonly onBlur: () => void
  readonly error: boolean
  readonly helperText: ReactNode
}

/** A text field offering the titles of another kind's records as it is typed (所属商会). */
export function SuggestedTextInput({ suggestions, value, onChange, onBlur, ...field }: Props) {
  const { kind, filters } = suggestions
  const titleField = KINDS[kind].titleField
  const { data: titles = [] } = useLiveData(
    async (api) =>
      (await api.listRecords(kind, { offset: 0, limit: OFFERED, filters })).rows.map((row) =>
        textOf((row as Record<string, unknown>)[titleField]),
      ),
    [kind],
    JSON.stringify(suggestions),
  )
  return (
    <Autocomplete<string, false, false, true>
      freeSolo
      options={titles}
      inputValue={value}
      onInputChange={(_, text) => onChange(text)}
      onBlur={onBlur}
      renderInput={(params) => <TextField {...params} {...field} />}
    />
  )
}
