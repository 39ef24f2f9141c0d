import { List, ListItem, ListItemText, Paper, Typography } from '@mui/material'
import dayjs from 'dayjs'
import type { ChangeOperation } from '../../shared/domain/changeEntry'
import { fieldLabel, KINDS, type KindName } from '../../shared/kinds'
import { useLiveData } from '../data/hooks'

const OPERATION_LABELS: Record<ChangeOperation, string> = {
  create: '创建',
  update: '修改',
  delete: '删除',
  restore: '恢复',
}

/** A record's change log, newest first: who changed which fields, when. */
export function ChangeLogPanel({ kind, id }: { kind: KindName; id: string }) {
  const entries = useLiveData((api) => api.changesOf(kind, id), [kind], id).data ?? []
  const definition = KINDS[kind]
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }}>
      <Typography variant="subtitle1" sx={{ mb: 1 }}>
        修改记录
      </Typography>
      <List dense disablePadding>
        {[...entries].reverse().map((entry) => (
          <ListItem key={entry.seq ?? entry.hlc} disableGutters>
            <ListItemText
              primary={[
                dayjs(entry.at).format('YYYY-MM-DD HH:mm'),
                entry.user || '未署名用户',
                OPERATION_LABELS[entry.op],
              ].join('  ')}
              secondary={
                entry.op === 'update'
                  ? `修改了：${entry.changes.map((c) => fieldLabel(definition, c.field)).join('、')}`
                  : undefined
              }
            />
          </ListItem>
        ))}
      </List>
    </Paper>
  )
}
