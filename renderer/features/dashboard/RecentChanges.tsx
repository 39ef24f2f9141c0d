import { Chip, Link, List, ListItem, ListItemText, Paper, Typography } from '@mui/material'
import dayjs from 'dayjs'
import { Link as RouterLink } from 'react-router'
import { KINDS, KIND_NAMES, type KindName } from '../../../shared/kinds'
import { recordPath } from '../../records/views'
import { useLiveData } from '../../data/hooks'

const OPERATION_LABELS = {
  create: '新建',
  update: '修改',
  delete: '删除',
  restore: '恢复',
} as const

/** The latest changes across all records, with links to the records still present. */
export function RecentChanges() {
  const { data = [] } = useLiveData(
    async (api) => {
      const entries = await api.recentChanges(12)
      const titles = new Map<string, string>()
      for (const kind of KIND_NAMES) {
        const ids = entries.filter((e) => e.kind === kind).map((e) => e.recordId)
        for (const row of await api.getRecords(kind, ids))
          titles.set(row.id, String(row[KINDS[kind].titleField]))
      }
      return entries.map((entry) => ({ entry, title: titles.get(entry.recordId) }))
    },
    KIND_NAMES,
    'recent',
  )
  return (
    <Paper variant="outlined" sx={{ p: 2.5, height: '100%' }}>
      <Typography variant="subtitle1" sx={{ mb: 1 }}>
        最近的修改
      </Typography>
      {data.length === 0 ? (
        <Typography color="text.secondary" variant="body2">
          暂无修改记录
        </Typography>
      ) : (
        <List dense disablePadding>
          {data.map(({ entry, title }) => {
            const kind = entry.kind as KindName
            return (
              <ListItem key={entry.seq ?? entry.hlc} disableGutters>
                <Chip size="small" label={KINDS[kind].label} sx={{ mr: 1.5, minWidth: 56 }} />
                <ListItemText
                  primary={
                    title !== undefined ? (
                      <Link
                        component={RouterLink}
                        to={recordPath(kind, entry.recordId)}
                        underline="hover"
                      >
                        {title || '（无标题）'}
                      </Link>
                    ) : (
                      <span style={{ color: '#8a94a0' }}>（已删除）</span>
                    )
                  }
                  secondary={`${dayjs(entry.at).format('MM-DD HH:mm')} · ${entry.user || '未署名用户'} · ${OPERATION_LABELS[entry.op]}`}
                />
              </ListItem>
            )
          })}
        </List>
      )}
    </Paper>
  )
}
