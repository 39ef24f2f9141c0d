import { Autocomplete, TextField } from '@mui/material'
import { useState } from 'react'
import { KINDS, type KindName } from '../../../shared/kinds'
import { useLiveData, useRecordsById } from '../../data/hooks'
import { useDebouncedValue } from '../../components/useDebouncedValue'
import { recordTitle } from '../../../shared/kinds/display'

interface Option {
  readonly id: string
  readonly title: string
  readonly subtitle: string
}

interface Props {
  readonly kind: KindName
  readonly label: string
  readonly value: string
  readonly onChange: (id: string) => void
  readonly onBlur?: () => void
  readonly error?: string | undefined
  readonly helperText?: string | undefined
  readonly required?: boolean | undefined
}

/** Picks a record of another kind (e.g. a contact's 单位) by searching its name. */
export function ReferenceInput({
  kind,
  label,
  value,
  onChange,
  onBlur,
  error,
  helperText,
  required,
}: Props) {
  const definition = KINDS[kind]
  const [input, setInput] = useState('')
  const query = useDebouncedValue(input, 150)
  const selected = useRecordsById(kind, value ? [value] : []).get(value)
  const { data: options = [], loading } = useLiveData(
    async (api) => {
      const page = await api.listRecords(kind, {
        search: query,
        offset: 0,
        limit: 50,
        sort: { field: definition.titleField, direction: 'asc' },
      })
      return page.rows.map((row): Option => ({
        id: row.id,
        title: recordTitle(definition, row),
        subtitle: (definition.subtitle as (r: unknown) => string)(row),
      }))
    },
    [kind],
    query,
  )
  const current: Option | null = selected
    ? { id: selected.id, title: recordTitle(definition, selected), subtitle: '' }
    : null

  return (
    <Autocomplete<Option>
      options={options}
      value={current}
      loading={loading}
      filterOptions={(o) => o}
      getOptionLabel={(o) => o.title}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_, option) => onChange(option?.id ?? '')}
      onInputChange={(_, text, reason) => {
        if (reason === 'input') setInput(text)
        if (reason === 'clear' || reason === 'reset') setInput('')
      }}
      onBlur={onBlur}
      noOptionsText="没有匹配的记录"
      loadingText="正在加载…"
      renderOption={({ key, ...props }, option) => (
        <li key={key} {...props}>
          {option.title}
          {option.subtitle && (
            <span style={{ color: '#6b7785', marginLeft: 8, fontSize: 12 }}>{option.subtitle}</span>
          )}
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          // A value set from outside (a preselected enterprise) must lift the label off it.
          slotProps={{
            ...params.slotProps,
            inputLabel: { ...params.slotProps.inputLabel, ...(current ? { shrink: true } : {}) },
          }}
          label={label}
          required={required}
          error={Boolean(error)}
          helperText={error ?? helperText}
        />
      )}
    />
  )
}
