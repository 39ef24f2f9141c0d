import { FormHelperText, Stack } from '@mui/material'
import type { ReactNode } from 'react'
import { DateInput } from './DateInput'

interface TimeRange {
  readonly start: string
  readonly end: string
}

interface Props {
  readonly name: string
  readonly label: string
  readonly required?: boolean | undefined
  /** Dates and times (a meeting), or dates only (a survey's 起止日期). */
  readonly withTime: boolean
  readonly value: unknown
  readonly onChange: (value: TimeRange) => void
  readonly onBlur: () => void
  readonly error?: boolean
  readonly helperText?: ReactNode
}

function rangeOf(value: unknown): TimeRange {
  const { start, end } = (typeof value === 'object' && value !== null ? value : {}) as {
    start?: unknown
    end?: unknown
  }
  return {
    start: typeof start === 'string' ? start : '',
    end: typeof end === 'string' ? end : '',
  }
}

/**
 * From a date and time to another, or (without `withTime`) from a date to another. With times,
 * the end may be typed as a bare time (11:30): it falls on the start's day, as most meetings and
 * trainings do.
 */
export function TimeRangeInput({
  name,
  label,
  required,
  withTime,
  value,
  onChange,
  onBlur,
  error,
  helperText,
}: Props) {
  const range = rangeOf(value)
  const startDay = range.start.slice(0, 10)
  return (
    <div role="group" aria-label={label}>
      <Stack direction="row" spacing={1.5}>
        <DateInput
          name={`${name}.start`}
          label={`${label}（开始）`}
          required={required}
          value={range.start}
          withTime={withTime}
          onChange={(start) => onChange({ ...range, start })}
          onBlur={onBlur}
          error={error}
        />
        <DateInput
          name={`${name}.end`}
          label={`${label}（结束）`}
          value={range.end}
          withTime={withTime}
          defaultDay={startDay === '' || !withTime ? undefined : startDay}
          onChange={(end) => onChange({ ...range, end })}
          onBlur={onBlur}
          error={error}
        />
      </Stack>
      {helperText && (
        <FormHelperText error={error} sx={{ mx: 1.75 }}>
          {helperText}
        </FormHelperText>
      )}
    </div>
  )
}
