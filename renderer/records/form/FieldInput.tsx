import { Autocomplete, MenuItem, TextField } from '@mui/material'
import type { ReactNode } from 'react'
import { textOf } from '../../../shared/kinds/display'
import type { FieldMeta } from '../../../shared/kinds/types'
import { ReferenceInput } from './ReferenceInput'
import { SuggestedTextInput } from './SuggestedTextInput'
import { DateInput } from './DateInput'
import { TimeRangeInput } from './TimeRangeInput'
import { PartiesInput } from './PartiesInput'
import { AttachmentsInput } from '../attachments/AttachmentsInput'
import { ItemsInput } from './ItemsInput'
import { renderChips } from '../../components/renderChips'

export interface FieldInputProps {
  readonly name: string
  readonly meta: FieldMeta
  readonly value: unknown
  readonly onChange: (value: unknown) => void
  readonly onBlur: () => void
  readonly error?: string | undefined
  /** Extra content under the field, e.g. a link to the enterprise that already has this code. */
  readonly errorDetail?: ReactNode
}

const asString = textOf
const asList = (value: unknown) => (Array.isArray(value) ? value.map(String) : [])

/** One form field, chosen by the kind's declaration of how the field is edited. */
export function FieldInput({
  name,
  meta,
  value,
  onChange,
  onBlur,
  error,
  errorDetail,
}: FieldInputProps) {
  const { input, label, required } = meta
  const helperText = error ? (
    <>
      {error}
      {errorDetail}
    </>
  ) : (
    meta.helperText
  )
  switch (input.type) {
    case 'text':
      if (input.suggestions) {
        return (
          <SuggestedTextInput
            name={name}
            label={label}
            required={required}
            value={asString(value)}
            suggestions={input.suggestions}
            onChange={onChange}
            onBlur={onBlur}
            error={Boolean(error)}
            helperText={helperText}
          />
        )
      }
      return (
        <TextField
          name={name}
          label={label}
          required={required}
          value={asString(value)}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
          error={Boolean(error)}
          helperText={helperText}
          placeholder={input.placeholder}
          multiline={input.multiline}
          minRows={input.multiline ? 3 : undefined}
        />
      )
    case 'integer':
      return (
        <TextField
          name={name}
          label={label}
          value={asString(value)}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
          error={Boolean(error)}
          helperText={helperText}
          slotProps={{ htmlInput: { inputMode: 'numeric', pattern: '[0-9]*' } }}
        />
      )
    case 'select':
      return (
        <TextField
          select
          name={name}
          label={label}
          required={required}
          value={asString(value)}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
          error={Boolean(error)}
          helperText={helperText}
        >
          <MenuItem value="">
            <em>未选择</em>
          </MenuItem>
          {input.options.map((option) => (
            <MenuItem key={option.value} value={option.value}>
              {option.label}
            </MenuItem>
          ))}
        </TextField>
      )
    case 'multiselect':
      return (
        <Autocomplete<string, true>
          multiple
          options={input.options.map((o) => o.value)}
          getOptionLabel={(v) => input.options.find((o) => o.value === v)?.label ?? v}
          value={asList(value)}
          onChange={(_, list) => onChange(list)}
          onBlur={onBlur}
          disableCloseOnSelect
          noOptionsText="没有更多选项"
          renderValue={renderChips}
          renderInput={(params) => (
            <TextField
              {...params}
              name={name}
              label={label}
              error={Boolean(error)}
              helperText={helperText}
            />
          )}
        />
      )
    case 'stringList':
      return (
        <Autocomplete<string, true, false, true>
          multiple
          freeSolo
          options={[]}
          value={asList(value)}
          onChange={(_, list) => onChange(list.map((v) => v.trim()).filter(Boolean))}
          onBlur={onBlur}
          renderValue={renderChips}
          renderInput={(params) => (
            <TextField
              {...params}
              name={name}
              label={label}
              placeholder={input.placeholder}
              error={Boolean(error)}
              helperText={helperText}
            />
          )}
        />
      )
    case 'reference':
      return (
        <ReferenceInput
          kind={input.kind}
          label={label}
          required={required}
          value={asString(value)}
          onChange={onChange}
          onBlur={onBlur}
          error={error}
          helperText={meta.helperText}
        />
      )
    case 'longText':
      return (
        <TextField
          name={name}
          label={label}
          required={required}
          value={asString(value)}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
          error={Boolean(error)}
          helperText={helperText ?? '边写边自动保存草稿，关闭窗口也不会丢失'}
          multiline
          minRows={8}
          maxRows={30}
        />
      )
    case 'date':
    case 'dateTime':
      return (
        <DateInput
          name={name}
          label={label}
          required={required}
          value={asString(value)}
          withTime={input.type === 'dateTime'}
          onChange={onChange}
          onBlur={onBlur}
          error={Boolean(error)}
          helperText={helperText}
        />
      )
    case 'timeRange':
    case 'dateRange':
      return (
        <TimeRangeInput
          name={name}
          withTime={input.type === 'timeRange'}
          label={label}
          required={required}
          value={value}
          onChange={onChange}
          onBlur={onBlur}
          error={Boolean(error)}
          helperText={helperText}
        />
      )
    case 'parties':
      return (
        <PartiesInput
          name={name}
          label={label}
          required={required}
          value={value}
          kinds={input.kinds}
          names={input.names}
          onChange={onChange}
          onBlur={onBlur}
          error={Boolean(error)}
          helperText={helperText}
        />
      )
    case 'items':
      return (
        <ItemsInput
          name={name}
          label={label}
          columns={input.columns}
          itemLabel={input.itemLabel}
          value={value}
          onChange={onChange}
          onBlur={onBlur}
          error={Boolean(error)}
          helperText={helperText}
        />
      )
    case 'attachments':
      return (
        <AttachmentsInput
          name={name}
          label={label}
          value={value}
          rules={input.rules}
          onChange={onChange}
          onBlur={onBlur}
          error={Boolean(error)}
          helperText={helperText}
        />
      )
  }
}
