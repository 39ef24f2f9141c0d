import { Autocomplete, TextField } from '@mui/material'
import { memo } from 'react'
import { renderChips } from '../../../components/renderChips'

interface Props {
  readonly label: string
  readonly value: readonly string[]
  readonly onChange: (value: string[]) => void
  readonly options?: readonly string[]
  readonly placeholder?: string
  readonly error?: string
  readonly helperText?: string
}

/**
 * A list of names (发文机关, 抄送机关, 出席人员…) as chips. What is typed becomes an item on Enter
 * or when the field is left (autoSelect), so nothing typed is silently dropped.
 */
export const NameListInput = memo(function NameListInput({
  label,
  value,
  onChange,
  options = [],
  placeholder = '输入后按回车添加',
  error,
  helperText,
}: Props) {
  return (
    <Autocomplete<string, true, false, true>
      multiple
      freeSolo
      autoSelect
      size="small"
      options={[...options]}
      value={[...value]}
      onChange={(_, list) => onChange([...new Set(list.map((v) => v.trim()).filter(Boolean))])}
      renderValue={renderChips}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          placeholder={value.length === 0 ? placeholder : undefined}
          error={Boolean(error)}
          helperText={error ?? helperText}
        />
      )}
    />
  )
})
