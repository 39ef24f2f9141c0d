import {
  Alert,
  Button,
  List,
  ListItemButton,
  ListItemText,
  Paper,
  Stack,
  Typography,
} from '@mui/material'
import { Link as RouterLink, useSearchParams } from 'react-router'
import { KINDS } from '../../shared/kinds'
import { SEARCHED_KINDS } from './searchPaths'
import { listPath, recordPath, viewOf } from '../records/views'
import { PageHeader } from '../components/PageHeader'
import { useLiveData } from '../data/hooks'
import { userMessage } from '../data/errors'

/** Matches shown per kind here; the kind's own list shows them all. */
const PER_KIND = 10

/** All results of the top bar's search (查看全部): each kind's count, first matches and full list. */
export function SearchResultsPage() {
  const [params] = useSearchParams()
  const text = (params.get('q') ?? '').trim()
  const { data, error } = useLiveData(
    (api) => api.searchRecords(text, SEARCHED_KINDS, PER_KIND),
    SEARCHED_KINDS,
    text,
  )
  const total = data?.reduce((sum, result) => sum + result.total, 0)
  const found = data?.filter((result) => result.total > 0) ?? []
  return (
    <>
      <PageHeader
        title="搜索结果"
        subtitle={
          text === ''
            ? '请在顶栏的搜索框中输入要查找的内容'
            : total === undefined
              ? '正在搜索…'
              : `“${text}”共 ${total.toLocaleString('zh-CN')} 条结果`
        }
      />
      {error && <Alert severity="error">{userMessage(error)}</Alert>}
      {data && text !== '' && found.length === 0 && (
        <Alert severity="info">没有找到匹配的记录。</Alert>
      )}
      <Stack spacing={2}>
        {found.map((result) => {
          const definition = KINDS[result.kind]
          const view = viewOf(result.kind)
          const count = `${result.total.toLocaleString('zh-CN')} ${view.countUnit}`
          return (
            <Paper
              key={result.kind}
              variant="outlined"
              component="section"
              aria-label={definition.title}
            >
              <Stack
                direction="row"
                spacing={2}
                sx={{
                  alignItems: 'center',
                  px: 2,
                  py: 1.25,
                  borderBottom: 1,
                  borderColor: 'divider',
                }}
              >
                <Typography variant="subtitle1" component="h2">
                  {definition.title}
                </Typography>
                <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
                  {count}
                  {result.total > result.hits.length &&
                    `，显示前 ${result.hits.length.toLocaleString('zh-CN')} ${view.countUnit}`}
                </Typography>
                {view.listTakesSearch && (
                  <Button
                    component={RouterLink}
                    to={`${listPath(result.kind)}?q=${encodeURIComponent(text)}`}
                  >
                    在{definition.title}中查看全部 {count}
                  </Button>
                )}
              </Stack>
              <List dense disablePadding>
                {result.hits.map((hit) => (
                  <ListItemButton
                    key={hit.id}
                    component={RouterLink}
                    to={recordPath(hit.kind, hit.id)}
                  >
                    <ListItemText primary={hit.title} secondary={hit.subtitle || undefined} />
                  </ListItemButton>
                ))}
              </List>
            </Paper>
          )
        })}
      </Stack>
    </>
  )
}
