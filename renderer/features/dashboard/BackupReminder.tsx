import { BackupAlert } from './BackupAlert'
import { KIND_NAMES } from '../../../shared/kinds'
import { formatDateTime } from '../../../shared/kinds/display'
import { useLiveData } from '../../data/hooks'

/** A backup older than this is reminded of. */
const REMIND_AFTER_MS = 7 * 24 * 60 * 60 * 1000

/** 工作台: says so when the data has not been backed up for a week (or ever). */
export function BackupReminder() {
  // Judged when read (the page is read again on every write), not on each render.
  const { data } = useLiveData(
    async (api) => {
      const at = await api.lastBackupAt()
      return { at, due: at === undefined || Date.now() - at >= REMIND_AFTER_MS }
    },
    KIND_NAMES,
    'last-backup',
  )
  if (!data?.due) return null
  const { at } = data
  return (
    <BackupAlert severity="warning">
      {at === undefined
        ? '数据还没有备份过：请在“设置 → 数据安全”中点“立即备份”，并把备份文件复制到 U 盘等其他位置保存。'
        : `已超过 7 天没有备份（上次备份：${formatDateTime(at)}），请及时备份。`}
    </BackupAlert>
  )
}
