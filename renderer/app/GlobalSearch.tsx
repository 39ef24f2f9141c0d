import SearchIcon from '@mui/icons-material/Search'
import {
  Autocomplete,
  Box,
  InputAdornment,
  ListSubheader,
  TextField,
  Typography,
} from '@mui/material'
import { Fragment, useEffect, useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import { KINDS } from '../../shared/kinds'
import { useLiveData } from '../data/hooks'
import { shareSlots, type SearchHit } from '../data/api'
import { useDebouncedValue } from '../components/useDebouncedValue'
import { recordPath } from '../records/views'
import { GLOBAL_SEARCH_SHOWN, SEARCH_HINT, SEARCHED_KINDS, searchPath } from './searchPaths'

/** The last option when there are more matches than shown: opens the full results. */
interface MoreOption {
  readonly kind: 'more'
  readonly id: 'more'
  readonly total: number
}

type Option = SearchHit | MoreOption

const isMore = (option: Option): option is MoreOption => option.kind === 'more'

/**
 * The top bar's search box (Ctrl+K): finds enterprises, organisations, contacts and 公文 by part
 * of a name. Shows up to 20 matches; with more, 查看全部 opens all results with their counts.
 */
export function GlobalSearch() {
  const navigate = useNavigate()
  const inputRef = useRef<HTMLInputElement>(null)
  const [input, setInput] = useState('')
  const query = useDebouncedValue(input.trim(), 200)
  const { data: options = [], loading } = useLiveData(
    async (api): Promise<Option[]> => {
      if (query === '') return []
      const results = await api.searchRecords(query, SEARCHED_KINDS, GLOBAL_SEARCH_SHOWN)
      const hits = shareSlots(results, GLOBAL_SEARCH_SHOWN)
      const total = results.reduce((sum, result) => sum + result.total, 0)
      return total > hits.length ? [...hits, { kind: 'more', id: 'more', total }] : hits
    },
    SEARCHED_KINDS,
    query,
  )

  useEffect(() => {
    const focus = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault()
        inputRef.current?.focus()
        inputRef.current?.select()
      }
    }
    window.addEventListener('keydown', focus)
    return () => window.removeEventListener('keydown', focus)
  }, [])

  return (
    <Autocomplete<Option>
      sx={{ width: 420, maxWidth: '50vw' }}
      size="small"
      options={query === '' ? [] : options}
      filterOptions={(all) => all}
      groupBy={(option) => (isMore(option) ? '' : KINDS[option.kind].title)}
      renderGroup={(params) =>
        // 查看全部 has no heading and stays in view at the foot of the list.
        params.group === '' ? (
          <Fragment key={params.key}>{params.children}</Fragment>
        ) : (
          <li key={params.key}>
            <ListSubheader sx={{ top: -8 }}>{params.group}</ListSubheader>
            <Box component="ul" sx={{ p: 0 }}>
              {params.children}
            </Box>
          </li>
        )
      }
      getOptionLabel={(option) => (isMore(option) ? '查看全部' : option.title)}
      isOptionEqualToValue={(a, b) => a.kind === b.kind && a.id === b.id}
      loading={loading && query !== ''}
      loadingText="正在搜索…"
      noOptionsText={query === '' ? '输入名称、信用代码、电话或发文字号' : '没有找到匹配的记录'}
      inputValue={input}
      onInputChange={(_, value, reason) => reason !== 'reset' && setInput(value)}
      value={null}
      onChange={(_, option) => {
        if (!option) return
        setInput('')
        inputRef.current?.blur()
        void navigate(isMore(option) ? searchPath(query) : recordPath(option.kind, option.id))
      }}
      renderOption={({ key, ...props }, option) =>
        isMore(option) ? (
          <Box
            component="li"
            key={key}
            {...props}
            sx={{
              position: 'sticky',
              bottom: -8,
              zIndex: 1,
              bgcolor: 'background.paper',
              borderTop: 1,
              borderColor: 'divider',
              color: 'primary.main',
            }}
          >
            <Typography variant="body2" sx={{ fontWeight: 500 }}>
              查看全部 {option.total.toLocaleString('zh-CN')} 条结果
            </Typography>
          </Box>
        ) : (
          <Box component="li" key={key} {...props}>
            <Box>
              <Typography variant="body2">{option.title}</Typography>
              {option.subtitle && (
                <Typography variant="caption" color="text.secondary">
                  {option.subtitle}
                </Typography>
              )}
            </Box>
          </Box>
        )
      }
      renderInput={(params) => (
        <TextField
          {...params}
          inputRef={inputRef}
          placeholder={SEARCH_HINT}
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
            htmlInput: {
              ...params.slotProps.htmlInput,
              'aria-label': '全局搜索',
              'aria-keyshortcuts': 'Control+K',
            },
          }}
        />
      )}
    />
  )
}
