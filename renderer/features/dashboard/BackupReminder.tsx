import { Alert, Button } from '@mui/material'
import { Link as RouterLink } from 'react-router'
import { KIND_NAMES } from '../../../shared/kinds'
import { formatDateTime } from '../../../shared/kinds/display'
import { useLiveData } from '../../data/hooks'

/** A backup older than this is reminded of. */
const REMIND_AFTER_MS = 7 * 24 * 60 * 60 * 1000

/** 工作台: says so when the data has not been backed up for a week (or ever). */
export function BackupReminder() {
  const last = useLiveData((api) => api.lastBackupAt(), KIND_NAMES, 'last-backup')
  if (last.loading) return null
  const at = last.data
  if (at !== undefined && Date.now() - at < REMIND_AFTER_MS) return null
  return (
    <Alert
      severity="warning"
      action={
        <Button component={RouterLink} to="/settings">
          去备份
        </Button>
      }
    >
      {at === undefined
        ? '数据还没有备份过：请在“设置 → 数据安全”中点“立即备份”，并把备份文件复制到 U 盘等其他位置保存。'
        : `已超过 7 天没有备份（上次备份：${formatDateTime(at)}），请及时备份。`}
    </Alert>
  )
}
