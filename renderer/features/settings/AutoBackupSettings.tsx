import FolderIcon from '@mui/icons-material/FolderOpenOutlined'
import { Button, MenuItem, Stack, TextField, Typography } from '@mui/material'
import { useEffect, useState } from 'react'
import { AUTO_BACKUP_INTERVALS } from '../../../shared/backup/rotation'
import { useNotify } from '../../components/Notifier'
import { userMessage } from '../../data/errors'
import { useSettings } from '../../data/SettingsContext'
import { shell } from '../../shell'

/**
 * 自动备份 in the desktop app: where the backups go (文档/协知自动备份 unless the user chose another
 * folder, e.g. a second disk) and how often. The folder is chosen in the system's dialog, kept by
 * the main process.
 */
export function AutoBackupSettings() {
  const notify = useNotify()
  const { settings, save } = useSettings()
  const [folder, setFolder] = useState<{ path: string; chosen: boolean } | null>(null)
  useEffect(() => {
    void shell.backupFolder({}).then(setFolder)
  }, [])

  const choose = async (reset: boolean) => {
    try {
      const result = await shell.chooseBackupFolder({ reset })
      if (result.status === 'canceled') return
      setFolder(result)
      notify({ message: `自动备份将保存到：${result.path}` })
    } catch (error) {
      notify({ message: userMessage(error), severity: 'error' })
    }
  }

  return (
    <Stack spacing={1.5} sx={{ mt: 2 }}>
      <Typography variant="subtitle2">自动备份</Typography>
      <Typography variant="body2" color="text.secondary">
        {`自动备份位置：${folder?.path ?? '…'}（保留最近 30 天每天一份、12 个月每月一份）`}
      </Typography>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
        <TextField
          select
          size="small"
          label="自动备份频率"
          value={settings.autoBackupHours}
          onChange={(event) => {
            const hours = AUTO_BACKUP_INTERVALS.find((i) => String(i.hours) === event.target.value)
            if (hours) void save({ ...settings, autoBackupHours: hours.hours })
          }}
          sx={{ minWidth: 160 }}
        >
          {AUTO_BACKUP_INTERVALS.map((interval) => (
            <MenuItem key={interval.hours} value={interval.hours}>
              {interval.label}
            </MenuItem>
          ))}
        </TextField>
        <Button variant="outlined" startIcon={<FolderIcon />} onClick={() => void choose(false)}>
          更改位置
        </Button>
        {folder?.chosen === true && <Button onClick={() => void choose(true)}>恢复默认位置</Button>}
      </Stack>
    </Stack>
  )
}
