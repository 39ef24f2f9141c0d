import ClearIcon from '@mui/icons-material/FilterAltOff'
import SearchIcon from '@mui/icons-material/Search'
import {
  Button,
  Checkbox,
  InputAdornment,
  ListItemText,
  MenuItem,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
} from '@mui/material'
import { useEffect, useRef, useState } from 'react'
import { KINDS, type KindName } from '../../shared/kinds'
import { encodeParty } from '../../shared/kinds/parties'
import type { FieldOption, KindDefinition } from '../../shared/kinds/types'
import { useLiveData } from '../data/hooks'
import { fieldMeta, recordTitle } from '../../shared/kinds/display'
import type { Period } from '../../shared/text/periods'
import { PeriodFilter } from './PeriodFilter'
import type { ListState, MatchMode } from './useListState'

interface Props {
  readonly kind: KindDefinition
  readonly state: ListState
  readonly filtered: boolean
  readonly searchPlaceholder: string
  readonly onSearch: (text: string) => void
  readonly onFilter: (field: string, values: readonly string[]) => void
  readonly onMatch: (field: string, mode: MatchMode) => void
  readonly onPeriod: (field: string, change: Partial<Period>) => void
  readonly onClear: () => void
}

/**
 * Options of a filter on references or parties (contacts by 单位, meetings by 主办单位): the
 * referenced kinds' records by name, valued as the field stores them.
 */
function useReferenceOptions(kind: KindDefinition, field: string): readonly FieldOption[] {
  const input = fieldMeta(kind, field)?.input
  const targets: readonly KindName[] =
    input?.type === 'reference' ? [input.kind] : input?.type === 'parties' ? input.kinds : []
  return (
    useLiveData(
      async (api) => {
        const options: FieldOption[] = []
        for (const target of targets) {
          const definition = KINDS[target]
          const page = await api.listRecords(target, {
            offset: 0,
            limit: 500,
            sort: { field: definition.titleField, direction: 'asc' },
          })
          for (const row of page.rows) {
            options.push({
              value: input?.type === 'parties' ? encodeParty({ kind: target, id: row.id }) : row.id,
              label: recordTitle(definition, row),
            })
          }
        }
        return options
      },
      targets,
      `${kind.name}:${field}`,
    ).data ?? []
  )
}

function FilterSelect({
  kind,
  field,
  values,
  onChange,
}: {
  kind: KindDefinition
  field: string
  values: readonly string[]
  onChange: (values: readonly string[]) => void
}) {
  const meta = fieldMeta(kind, field)
  const referenceOptions = useReferenceOptions(kind, field)
  const input = meta?.input
  const options: readonly FieldOption[] =
    input?.type === 'select' || input?.type === 'multiselect' ? input.options : referenceOptions
  const label = meta?.label ?? field
  const labelOf = (value: string) => options.find((o) => o.value === value)?.label ?? value
  // The choice shows at once, before the URL it is written to comes back: two quick clicks in the
  // menu must both count, even while the first is still on its way to the URL.
  const urlKey = values.join('\n')
  const [picked, setPicked] = useState({ urlKey, chosen: values })
  const chosen = picked.urlKey === urlKey ? picked.chosen : values
  return (
    <TextField
      select
      label={label}
      value={[...chosen]}
      sx={{ width: 180 }}
      slotProps={{
        select: {
          multiple: true,
          renderValue: (selected) => (selected as string[]).map(labelOf).join('、'),
          MenuProps: { slotProps: { paper: { sx: { maxHeight: 420 } } } },
        },
      }}
      onChange={(event) => {
        const value = event.target.value as unknown
        const next = Array.isArray(value) ? value.map(String) : String(value).split(',')
        setPicked({ urlKey, chosen: next })
        onChange(next)
      }}
    >
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value} dense>
          <Checkbox size="small" checked={chosen.includes(option.value)} sx={{ p: 0.5, mr: 1 }} />
          <ListItemText primary={option.label} />
        </MenuItem>
      ))}
    </TextField>
  )
}

export function FilterBar({
  kind,
  state,
  filtered,
  searchPlaceholder,
  onSearch,
  onFilter,
  onMatch,
  onPeriod,
  onClear,
}: Props) {
  const [text, setText] = useState(state.search)
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  /** The search this box last put in the URL. */
  const sent = useRef(state.search)
  useEffect(() => () => clearTimeout(timer.current), [])
  // The box shows the search the list uses: when the URL's search changes from elsewhere (the
  // navigation's link, 清除筛选, back and forward), the box takes it and drops unsent typing.
  useEffect(() => {
    if (state.search === sent.current) return
    clearTimeout(timer.current)
    sent.current = state.search
    setText(state.search)
  }, [state.search])
  // Search once typing pauses, not on every key.
  const type = (value: string) => {
    setText(value)
    clearTimeout(timer.current)
    timer.current = setTimeout(() => {
      sent.current = value.trim()
      onSearch(value.trim())
    }, 250)
  }

  return (
    <Stack
      direction="row"
      spacing={1.5}
      useFlexGap
      sx={{ mb: 1.5, flexWrap: 'wrap', alignItems: 'center' }}
    >
      <TextField
        value={text}
        onChange={(event) => type(event.target.value)}
        placeholder={searchPlaceholder}
        sx={{ width: 300 }}
        slotProps={{
          htmlInput: { 'aria-label': `搜索${kind.title}` },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
          },
        }}
      />
      {kind.filters.map(({ field, match, period }) => {
        if (period) {
          return (
            <PeriodFilter
              key={field}
              label={period}
              period={state.periods[field] ?? { from: '', to: '' }}
              onChange={(change) => onPeriod(field, change)}
            />
          )
        }
        const select = (
          <FilterSelect
            key={field}
            kind={kind}
            field={field}
            values={state.filters[field] ?? []}
            onChange={(values) => onFilter(field, values)}
          />
        )
        if (!match) return select
        const mode: MatchMode = state.matchAll.includes(field) ? 'all' : 'any'
        return (
          <Stack key={field} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
            {select}
            <ToggleButtonGroup
              exclusive
              size="small"
              value={mode}
              aria-label={`${fieldMeta(kind, field)?.label ?? field}的匹配方式`}
              onChange={(_, next: MatchMode | null) => next && onMatch(field, next)}
            >
              <ToggleButton value="any" sx={{ px: 1, py: 0.25 }}>
                {match.any}
              </ToggleButton>
              <ToggleButton value="all" sx={{ px: 1, py: 0.25 }}>
                {match.all}
              </ToggleButton>
            </ToggleButtonGroup>
          </Stack>
        )
      })}
      {filtered && (
        <Button
          startIcon={<ClearIcon />}
          onClick={() => {
            clearTimeout(timer.current)
            sent.current = ''
            setText('')
            onClear()
          }}
        >
          清除筛选
        </Button>
      )}
    </Stack>
  )
}
