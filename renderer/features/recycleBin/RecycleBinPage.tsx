import RestoreIcon from '@mui/icons-material/RestoreFromTrashOutlined'
import {
  Button,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material'
import { useState } from 'react'
import { KIND_NAMES, KINDS, type KindName } from '../../../shared/kinds'
import { formatDateTime } from '../../../shared/kinds/display'
import { PageHeader } from '../../components/PageHeader'
import { useNotify } from '../../components/Notifier'
import { useBusyAction } from '../../components/useBusyAction'
import { useDataApi, type DeletedRecord } from '../../data/api'
import { userMessage } from '../../data/errors'
import { useLiveData } from '../../data/hooks'

const PAGE_SIZE = 50
const ALL = 'all'

/**
 * 回收站: deleted records of every kind, newest first, with who deleted them and when; 恢复
 * brings one back with its children (as they were deleted with it).
 */
export function RecycleBinPage() {
  const api = useDataApi()
  const notify = useNotify()
  const [kind, setKind] = useState<KindName | typeof ALL>(ALL)
  const [page, setPage] = useState(0)
  const { data } = useLiveData(
    (api) =>
      api.deletedRecords({
        ...(kind === ALL ? {} : { kind }),
        offset: page * PAGE_SIZE,
        limit: PAGE_SIZE,
      }),
    KIND_NAMES,
    `${kind}|${String(page)}`,
  )
  const { busy, run } = useBusyAction<string>({
    onStart: () => undefined,
    onError: (error) => notify({ message: userMessage(error), severity: 'error' }),
  })
  const restore = (record: DeletedRecord) =>
    run(record.id, async () => {
      await api.restoreRecords(record.kind, [record.id])
      notify({ message: `已恢复${KINDS[record.kind].label}“${record.title}”` })
    })
  const rows = data?.rows ?? []

  return (
    <>
      <PageHeader
        title="回收站"
        subtitle="删除的记录保留在这里，可以随时恢复；恢复时其下的议程、跟进事项等一并恢复。"
      />
      <Stack direction="row" spacing={1.5} sx={{ mb: 1.5 }}>
        <TextField
          select
          label="记录类型"
          value={kind}
          sx={{ width: 200 }}
          onChange={(event) => {
            setKind(event.target.value as KindName | typeof ALL)
            setPage(0)
          }}
        >
          <MenuItem value={ALL}>全部</MenuItem>
          {KIND_NAMES.map((name) => (
            <MenuItem key={name} value={name}>
              {KINDS[name].title}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <Paper variant="outlined">
        {data && rows.length === 0 ? (
          <Typography sx={{ p: 2.5 }} color="text.secondary">
            回收站是空的。
          </Typography>
        ) : (
          <Table size="small" aria-label="已删除的记录">
            <TableHead>
              <TableRow>
                <TableCell>名称</TableCell>
                <TableCell>类型</TableCell>
                <TableCell>删除时间</TableCell>
                <TableCell>删除人</TableCell>
                <TableCell align="right">操作</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((record) => (
                <TableRow key={`${record.kind}:${record.id}`} hover>
                  <TableCell>
                    {record.title}
                    {record.parentTitle !== undefined && (
                      <Typography component="span" variant="body2" color="text.secondary">
                        （所属：{record.parentTitle}）
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>{KINDS[record.kind].label}</TableCell>
                  <TableCell>{formatDateTime(record.deletedAt)}</TableCell>
                  <TableCell>{record.deletedBy}</TableCell>
                  <TableCell align="right">
                    <Button
                      size="small"
                      startIcon={<RestoreIcon />}
                      disabled={busy !== null}
                      aria-label={`恢复“${record.title}”`}
                      onClick={() => void restore(record)}
                    >
                      恢复
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Paper>
      {(page > 0 || data?.more) && (
        <Stack direction="row" spacing={1} sx={{ mt: 1.5, justifyContent: 'flex-end' }}>
          <Button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>
            上一页
          </Button>
          <Button disabled={!data?.more} onClick={() => setPage((p) => p + 1)}>
            下一页
          </Button>
        </Stack>
      )}
    </>
  )
}
