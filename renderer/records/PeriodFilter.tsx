import { MenuItem, Stack, TextField } from '@mui/material'
import dayjs from 'dayjs'
import { useMemo, useState } from 'react'
import { isIsoDate } from '../../shared/documents/chineseDate'
import { periodPresets, type Period } from '../../shared/text/periods'
import { DateInput } from './form/DateInput'

const ALL = '全部'
const CUSTOM = '自定义'

interface Props {
  /** The filter's label, e.g. 时间段. */
  readonly label: string
  readonly period: Period
  /** The ends that changed: both for a preset, one when an end is typed. */
  readonly onChange: (change: Partial<Period>) => void
}

/**
 * A period filter: 全部, the periods people report on (本月 … 去年), or 自定义 with its two ends
 * typed or picked. An end applies once it reads as a date; an emptied end opens the period.
 */
export function PeriodFilter({ label, period, onChange }: Props) {
  const presets = useMemo(() => periodPresets(dayjs().format('YYYY-MM-DD')), [])
  const preset = presets.find((p) => p.from === period.from && p.to === period.to)
  const empty = period.from === '' && period.to === ''
  // 自定义 chosen with both ends still empty: show the ends to be typed.
  const [customWanted, setCustomWanted] = useState(false)
  const choice = preset?.label ?? (empty && !customWanted ? ALL : CUSTOM)

  const choose = (value: string) => {
    setCustomWanted(value === CUSTOM)
    if (value === ALL) onChange({ from: '', to: '' })
    const picked = presets.find((p) => p.label === value)
    if (picked) onChange({ from: picked.from, to: picked.to })
  }
  const setEnd = (end: keyof Period, value: string) => {
    if (value === '' || isIsoDate(value)) onChange({ [end]: value })
  }

  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <TextField
        select
        label={label}
        value={choice}
        sx={{ width: 130 }}
        onChange={(event) => choose(event.target.value)}
      >
        {[ALL, ...presets.map((p) => p.label), CUSTOM].map((value) => (
          <MenuItem key={value} value={value} dense>
            {value}
          </MenuItem>
        ))}
      </TextField>
      {choice === CUSTOM && (
        <>
          <DateInput
            name={`${label}起`}
            label="起"
            value={period.from}
            withTime={false}
            onChange={(value) => setEnd('from', value)}
            onBlur={() => undefined}
            compact
          />
          <DateInput
            name={`${label}止`}
            label="止"
            value={period.to}
            withTime={false}
            onChange={(value) => setEnd('to', value)}
            onBlur={() => undefined}
            compact
          />
        </>
      )}
    </Stack>
  )
}
