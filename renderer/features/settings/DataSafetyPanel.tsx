import BackupIcon from '@mui/icons-material/BackupOutlined'
import RestoreIcon from '@mui/icons-material/RestoreOutlined'
import TableIcon from '@mui/icons-material/TableChartOutlined'
import dayjs from 'dayjs'
import { Alert, Button, Stack, Typography } from '@mui/material'
import { useRef, useState } from 'react'
import { backupFileName } from '../../../shared/backup/manifest'
import { BACKUP_EXTENSION, APP_FILE_TYPES } from '../../../shared/files/appFileTypes'
import { formatDateTime } from '../../../shared/kinds/display'
import { KIND_NAMES, KINDS } from '../../../shared/kinds'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { useNotify } from '../../components/Notifier'
import { PanelSection } from '../../components/PanelSection'
import { useBusyAction } from '../../components/useBusyAction'
import { useDataApi, type BackupContents } from '../../data/api'
import { userMessage } from '../../data/errors'
import { useLiveData } from '../../data/hooks'
import { viewOf } from '../../records/views'
import { allKindsAsSheets } from '../../records/excel/kindSheets'
import { writeWorkbookFile } from '../../records/excel/xlsxFiles'
import { isElectron, shell } from '../../shell'
import { AutoBackupSettings } from './AutoBackupSettings'
import { useBackupSaver } from '../../components/useBackupSaver'

/** 企业库 2,600 家、会议 5 次…: the live records a backup holds, by kind. */
function describeContents(contents: BackupContents): string {
  return KIND_NAMES.flatMap((kind) => {
    const rows = contents.tables.get(KINDS[kind].table) ?? []
    const live = rows.filter((row) => row.deletedAt === undefined).length
    if (live === 0 || KINDS[kind].parent) return []
    return [`${KINDS[kind].title} ${live.toLocaleString('zh-CN')} ${viewOf(kind).countUnit}`]
  }).join('、')
}

/**
 * 设置 → 数据安全: 立即备份 writes all data to one file (in a browser, a download), 从备份恢复
 * replaces the data with a checked backup after saving the current data first, and 撤销恢复 puts
 * that back.
 */
export function DataSafetyPanel() {
  const api = useDataApi()
  const notify = useNotify()
  const input = useRef<HTMLInputElement>(null)
  // Read again after each backup saved (a write of this PC's own state, not of records).
  const [saves, setSaves] = useState(0)
  const last = useLiveData((api) => api.lastBackupAt(), KIND_NAMES, `last-backup-${String(saves)}`)
  // Why the last action failed (a refused backup file): stays until the next action, to be read.
  const [failure, setFailure] = useState<string | null>(null)
  const [offered, setOffered] = useState<{ contents: BackupContents; name: string } | null>(null)
  const { busy, run } = useBusyAction<'backup' | 'read' | 'restore' | 'export'>({
    onStart: () => setFailure(null),
    onError: (error) => setFailure(userMessage(error)),
  })

  const saveBackup = useBackupSaver(() => setSaves((n) => n + 1))

  const backUp = () =>
    run('backup', async () => {
      const name = backupFileName(new Date())
      const { saved } = await saveBackup(name)
      if (saved) notify({ message: `已备份全部数据：${name}` })
    })

  const exportAll = () =>
    run('export', async () => {
      const sheets = await allKindsAsSheets(api)
      const name = `协知全部数据_${dayjs().format('YYYY-MM-DD')}.xlsx`
      const result = await shell.saveFile({
        suggestedName: name,
        filters: [{ name: APP_FILE_TYPES.xlsx, extensions: ['xlsx'] }],
        data: await writeWorkbookFile(sheets),
      })
      if (result.status === 'saved') {
        const total = sheets.reduce((sum, { count }) => sum + count, 0)
        notify({
          message: `已导出 ${String(sheets.length)} 类共 ${total.toLocaleString('zh-CN')} 条记录到“${result.fileName}”`,
        })
      }
    })

  const choose = (file: File) =>
    run('read', async () => {
      const contents = await api.readBackup(new Uint8Array(await file.arrayBuffer()))
      setOffered({ contents, name: file.name })
    })

  const restore = (contents: BackupContents) =>
    run('restore', async () => {
      // The data as it is now, saved first: the restore can be undone, now or later.
      const safety = await saveBackup(`恢复前自动备份_${backupFileName(new Date())}`)
      if (!safety.saved) {
        notify({ message: '未保存恢复前的备份，已取消恢复', severity: 'warning' })
        return
      }
      await api.restoreBackup(contents)
      notify({
        message: `已从备份恢复（备份于 ${formatDateTime(contents.manifest.createdAt)}）`,
        action: {
          label: '撤销恢复',
          run: async () => {
            await api.restoreBackup(await api.readBackup(safety.bytes))
            notify({ message: '已撤销恢复，数据回到恢复之前' })
          },
        },
      })
    })

  const lastAt = last.data
  return (
    <PanelSection title="数据安全">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {lastAt === undefined
          ? '尚未备份。建议定期备份，并把备份文件复制到 U 盘等其他位置保存。'
          : `上次备份：${formatDateTime(lastAt)}`}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {`备份文件（.${BACKUP_EXTENSION}）包含全部记录、修改记录和附件，只能由协知恢复；“导出全部数据”把每类记录导出为 Excel 工作簿中的一张表，不用协知也能查看。在浏览器中使用时，文件保存在“下载”文件夹。`}
      </Typography>
      <Stack direction="row" spacing={1.5}>
        <Button
          variant="contained"
          startIcon={<BackupIcon />}
          disabled={busy !== null}
          onClick={() => void backUp()}
        >
          {busy === 'backup' ? '正在备份…' : '立即备份'}
        </Button>
        <Button
          variant="outlined"
          startIcon={<RestoreIcon />}
          disabled={busy !== null}
          onClick={() => input.current?.click()}
        >
          {busy === 'restore' ? '正在恢复…' : '从备份恢复'}
        </Button>
        <Button
          variant="outlined"
          startIcon={<TableIcon />}
          disabled={busy !== null}
          onClick={() => void exportAll()}
        >
          {busy === 'export' ? '正在导出…' : '导出全部数据'}
        </Button>
      </Stack>
      {isElectron && <AutoBackupSettings />}
      {failure !== null && (
        <Alert severity="error" sx={{ mt: 2 }} onClose={() => setFailure(null)}>
          {failure}
        </Alert>
      )}
      <input
        ref={input}
        type="file"
        accept={`.${BACKUP_EXTENSION}`}
        hidden
        aria-label="选择备份文件"
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) void choose(file)
        }}
      />
      <ConfirmDialog
        open={offered !== null}
        title="从备份恢复"
        message={
          offered
            ? `备份文件“${offered.name}”制作于 ${formatDateTime(offered.contents.manifest.createdAt)}，包含：${describeContents(offered.contents) || '（无记录）'}。恢复将用备份中的数据替换本机现有的全部数据；恢复前会先把现有数据另存为一个备份，恢复后也可撤销。`
            : ''
        }
        confirmLabel="恢复"
        destructive
        onCancel={() => setOffered(null)}
        onConfirm={() => {
          const contents = offered?.contents
          setOffered(null)
          if (contents) void restore(contents)
        }}
      />
    </PanelSection>
  )
}
