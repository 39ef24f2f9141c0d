import SearchIcon from '@mui/icons-material/Search'
import { Autocomplete, Box, InputAdornment, TextField, Typography } from '@mui/material'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { KINDS, type KindName } from '../../shared/kinds'
import { useLiveData } from '../data/hooks'
import { useDebouncedValue } from '../components/useDebouncedValue'
import { recordPath } from '../records/kindPaths'

interface SearchHit {
  readonly kind: KindName
  readonly id: string
  readonly title: string
  readonly subtitle: string
}

const SEARCHED_KINDS: readonly KindName[] = ['enterprise', 'org', 'contact', 'document']
const PER_KIND = 6

/** The top bar's search box: finds enterprises, organisations, contacts and 公文 by part of a name. */
export function GlobalSearch() {
  const navigate = useNavigate()
  const [input, setInput] = useState('')
  const query = useDebouncedValue(input.trim(), 200)
  const { data: hits = [], loading } = useLiveData(
    async (api) => {
      if (query === '') return []
      const pages = await Promise.all(
        SEARCHED_KINDS.map(async (kind) => {
          const page = await api.listRecords(kind, { search: query, offset: 0, limit: PER_KIND })
          const definition = KINDS[kind]
          return page.rows.map((row): SearchHit => ({
            kind,
            id: row.id,
            title: String(row[definition.titleField]),
            subtitle: (definition.subtitle as (r: unknown) => string)(row),
          }))
        }),
      )
      return pages.flat()
    },
    SEARCHED_KINDS,
    query,
  )

  return (
    <Autocomplete<SearchHit>
      sx={{ width: 420, maxWidth: '50vw' }}
      size="small"
      options={query === '' ? [] : hits}
      filterOptions={(options) => options}
      groupBy={(hit) => KINDS[hit.kind].title}
      getOptionLabel={(hit) => hit.title}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      loading={loading && query !== ''}
      loadingText="正在搜索…"
      noOptionsText={query === '' ? '输入名称、信用代码、电话或发文字号' : '没有找到匹配的记录'}
      inputValue={input}
      onInputChange={(_, value, reason) => reason !== 'reset' && setInput(value)}
      value={null}
      onChange={(_, hit) => {
        if (!hit) return
        setInput('')
        void navigate(recordPath(hit.kind, hit.id))
      }}
      renderOption={({ key, ...props }, hit) => (
        <Box component="li" key={key} {...props}>
          <Box>
            <Typography variant="body2">{hit.title}</Typography>
            {hit.subtitle && (
              <Typography variant="caption" color="text.secondary">
                {hit.subtitle}
              </Typography>
            )}
          </Box>
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          placeholder="搜索企业、机构、联系人、公文"
          sx={{
            '& .MuiInputBase-root': { bgcolor: 'rgba(255,255,255,0.95)', borderRadius: 1 },
          }}
          slotProps={{
            ...params.slotProps,
            input: {
              ...params.slotProps.input,
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon fontSize="small" />
                </InputAdornment>
              ),
            },
            htmlInput: { ...params.slotProps.htmlInput, 'aria-label': '全局搜索' },
          }}
        />
      )}
    />
  )
}
