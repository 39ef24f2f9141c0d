import { Autocomplete, Chip, TextField } from '@mui/material'
import { useState, type ReactNode } from 'react'
import { KINDS, type KindName } from '../../../shared/kinds'
import { decodeParty, encodeParty, typedPartyName } from '../../../shared/kinds/parties'
import { useLiveData, useTitlesOf } from '../../data/hooks'
import { useDebouncedValue } from '../../components/useDebouncedValue'

/** Matches offered per kind while typing. */
const PER_KIND = 8

/** Options of a typed name (someone not in the directory) are grouped under this heading. */
const TYPED_GROUP = '不在通讯录中'

interface Option {
  /** The stored party: contact:<id>, org:<id>, name:张三. */
  readonly value: string
  readonly title: string
  readonly subtitle: string
  readonly group: string
}

interface Props {
  readonly name: string
  readonly label: string
  readonly required?: boolean | undefined
  readonly value: unknown
  readonly kinds: readonly KindName[]
  /** Whether a name typed for someone not in the directory is taken. */
  readonly names: boolean
  readonly onChange: (value: string[]) => void
  readonly onBlur: () => void
  readonly error?: boolean
  readonly helperText?: ReactNode
}

const keyOf = (option: Option | string) => (typeof option === 'string' ? option : option.value)
const listOf = (value: unknown) => (Array.isArray(value) ? value.map(String) : [])

/**
 * Several parties (出席, 主办单位): records of the given kinds found by typing part of a name, and,
 * where allowed, a typed name for someone who is not in the directory (Enter adds it).
 */
export function PartiesInput({
  name,
  label,
  required,
  value,
  kinds,
  names,
  onChange,
  onBlur,
  error,
  helperText,
}: Props) {
  const chosen = listOf(value)
  const parties = chosen.map((item) => ({ item, party: decodeParty(item) }))
  const titleOf = useTitlesOf(
    parties.flatMap(({ party }) => (party && party.kind !== 'name' ? [party] : [])),
  )
  const [input, setInput] = useState('')
  const query = useDebouncedValue(input.trim(), 150)
  const { data: found = [], loading } = useLiveData(
    async (api): Promise<Option[]> => {
      if (query === '') return []
      const results = await api.searchRecords(query, kinds, PER_KIND)
      return results.flatMap((result) =>
        result.hits.map((hit) => ({
          value: encodeParty({ kind: hit.kind, id: hit.id }),
          title: hit.title,
          subtitle: hit.subtitle,
          group: KINDS[hit.kind].label,
        })),
      )
    },
    kinds,
    query,
  )
  const typed = typedPartyName(input)
  // The typed name is offered once the directory has answered for it: offered before, a quick
  // Enter would take the typed 赵敏 instead of the directory's.
  const settled = query === input.trim() && !loading
  const options: Option[] =
    names && typed !== '' && settled
      ? [
          ...found,
          {
            value: encodeParty({ kind: 'name', name: typed }),
            title: typed,
            subtitle: '按输入的姓名或单位添加',
            group: TYPED_GROUP,
          },
        ]
      : found
  const selected: Option[] = parties.map(({ item, party }) => ({
    value: item,
    title:
      party === null
        ? item
        : party.kind === 'name'
          ? party.name
          : (titleOf(party.kind, party.id) ?? '…'),
    subtitle: '',
    group: party?.kind === 'name' ? TYPED_GROUP : '',
  }))

  return (
    <Autocomplete<Option, true, false, boolean>
      multiple
      freeSolo={names}
      options={options}
      value={selected}
      loading={loading && query !== ''}
      loadingText="正在查找…"
      noOptionsText={query === '' ? '输入名称查找' : '没有匹配的记录'}
      filterOptions={(all) => all}
      filterSelectedOptions
      groupBy={(option) => option.group}
      getOptionLabel={(option) => (typeof option === 'string' ? option : option.title)}
      isOptionEqualToValue={(a, b) => keyOf(a) === keyOf(b)}
      inputValue={input}
      onInputChange={(_, text, reason) => reason !== 'reset' && setInput(text)}
      onChange={(_, list) => {
        const values = list.flatMap((option) => {
          if (typeof option !== 'string') return [option.value]
          const typedName = typedPartyName(option)
          return typedName === '' ? [] : [encodeParty({ kind: 'name', name: typedName })]
        })
        onChange([...new Set(values)])
        setInput('')
      }}
      onBlur={onBlur}
      renderValue={(list, getItemProps) =>
        list.map((option, index) => {
          const { key, ...props } = getItemProps({ index })
          const typedName = typeof option !== 'string' && option.group === TYPED_GROUP
          return (
            <Chip
              key={key}
              size="small"
              label={typeof option === 'string' ? option : option.title}
              variant={typedName ? 'outlined' : 'filled'}
              title={typedName ? TYPED_GROUP : undefined}
              {...props}
            />
          )
        })
      }
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
          name={name}
          label={label}
          required={required}
          error={error}
          helperText={helperText}
        />
      )}
    />
  )
}
