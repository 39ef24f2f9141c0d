import CalendarIcon from '@mui/icons-material/CalendarMonthOutlined'
import { IconButton, InputAdornment, Popover, TextField } from '@mui/material'
import { DateCalendar } from '@mui/x-date-pickers/DateCalendar'
import dayjs, { type Dayjs } from 'dayjs'
import { useRef, useState, type ReactNode } from 'react'
import { showDateTime } from '../../../shared/kinds/display'
import { parseDateText, parseDateTimeText, parseTimeText } from '../../../shared/text/dateText'

/** The time a picked day starts with when the field had none. */
const DEFAULT_TIME = '09:00'

interface Props {
  readonly name: string
  readonly label: string
  readonly required?: boolean | undefined
  /** Stored form: 2026-12-02, or 2026-12-02T09:30 with `withTime`. */
  readonly value: string
  readonly withTime: boolean
  /** With `withTime`: the day a bare time (11:30) falls on, e.g. the start of a time range. */
  readonly defaultDay?: string | undefined
  readonly onChange: (value: string) => void
  readonly onBlur: () => void
  readonly error?: boolean
  readonly helperText?: ReactNode
  /** A narrow box, as in a list's filters. */
  readonly compact?: boolean
}

/**
 * A date (or date and time) typed the way people write it, 2026年12月2日, 2026.12.2 or
 * 2026-12-02, or picked from a calendar. MUI's sectioned picker field refuses such text, so
 * the field is a plain text box and the calendar (MUI X's DateCalendar) opens beside it.
 */
export function DateInput({
  name,
  label,
  required,
  value,
  withTime,
  defaultDay,
  onChange,
  onBlur,
  error,
  helperText,
  compact = false,
}: Props) {
  const parse = (text: string) => {
    if (!withTime) return parseDateText(text)
    const time = defaultDay ? parseTimeText(text) : null
    return parseDateTimeText(text) ?? (time ? `${defaultDay}T${time}` : null)
  }
  const shown = withTime ? showDateTime(value) : value
  // What the user is typing; null when the field shows the stored value.
  const [typing, setTyping] = useState<string | null>(null)
  const field = useRef<HTMLDivElement>(null)
  // Where the calendar opens; null while it is closed.
  const [calendarAt, setCalendarAt] = useState<HTMLElement | null>(null)
  const day = value === '' ? null : dayjs(value.slice(0, 10))

  const pick = (picked: Dayjs | null) => {
    if (!picked) return
    const date = picked.format('YYYY-MM-DD')
    const time = value.slice(11) || DEFAULT_TIME
    onChange(withTime ? `${date}T${time}` : date)
    setTyping(null)
    setCalendarAt(null)
    onBlur()
  }

  return (
    <>
      <TextField
        ref={field}
        name={name}
        label={label}
        required={required}
        sx={compact ? { width: 170 } : undefined}
        value={typing ?? shown}
        placeholder={withTime ? '如 2026年12月2日 9:30' : '如 2026年12月2日'}
        onFocus={() => setTyping(shown)}
        onChange={(event) => {
          const text = event.target.value
          setTyping(text)
          // The form holds the stored form as soon as the text reads as one; otherwise the text,
          // which the schema refuses with a message saying how to write it.
          onChange(parse(text) ?? text.trim())
        }}
        onBlur={() => {
          setTyping(null)
          onBlur()
        }}
        error={error}
        helperText={helperText}
        slotProps={{
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <IconButton
                  edge="end"
                  size="small"
                  aria-label={`选择${label}`}
                  onClick={() => setCalendarAt(field.current)}
                >
                  <CalendarIcon fontSize="small" />
                </IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
      <Popover
        open={calendarAt !== null}
        anchorEl={calendarAt}
        onClose={() => setCalendarAt(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      >
        <DateCalendar value={day?.isValid() ? day : null} onChange={pick} />
      </Popover>
    </>
  )
}
