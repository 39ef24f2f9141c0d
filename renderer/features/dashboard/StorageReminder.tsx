import { useEffect, useState } from 'react'
import { BackupAlert } from './BackupAlert'
import { megabytes, storageNearlyFull } from '../../../shared/backup/storage'
import { useDataApi } from '../../data/api'

/** 工作台: warns before the disk is full, while a backup can still be written and copied away. */
export function StorageReminder() {
  const api = useDataApi()
  const [space, setSpace] = useState<{ usage?: number; quota?: number } | null>(null)
  useEffect(() => {
    void api.storageEstimate().then(setSpace)
  }, [api])
  if (!space || !storageNearlyFull(space.usage, space.quota)) return null
  return (
    <BackupAlert severity="error">
      {`存储空间即将用尽（已用 ${megabytes(space.usage)}，上限约 ${megabytes(space.quota)}）：请先立即备份并把备份复制到 U 盘，再清理磁盘空间，否则新的修改可能无法保存。`}
    </BackupAlert>
  )
}
