import FileDownloadIcon from '@mui/icons-material/FileDownload'
import { Button } from '@mui/material'
import dayjs from 'dayjs'
import { useState } from 'react'
import { KINDS, type KindName } from '../../../shared/kinds'
import { useNotify } from '../../components/Notifier'
import { userMessage } from '../../data/errors'
import { shell } from '../../shell'
import { useDataApi, type ListQuery } from '../../data/api'
import { kindSheet } from './kindSheets'
import { writeSheetFile } from './xlsxFiles'

/** 导出: every record of the current (filtered, sorted) list to .xlsx, saved where the user says. */
export function ExportButton({
  kind,
  query,
  total,
}: {
  kind: KindName
  query: ListQuery
  total: number
}) {
  const api = useDataApi()
  const notify = useNotify()
  const [busy, setBusy] = useState(false)
  const definition = KINDS[kind]

  const exportList = async () => {
    setBusy(true)
    try {
      const { offset, limit, ...whole } = query
      const { sheet, count } = await kindSheet(api, kind, whole)
      const data = await writeSheetFile(sheet, definition.title)
      const result = await shell.saveFile({
        suggestedName: `${definition.title}_${dayjs().format('YYYY-MM-DD')}.xlsx`,
        filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
        data,
      })
      if (result.status === 'saved')
        notify({ message: `已导出 ${count} 条记录到“${result.fileName}”` })
    } catch (error) {
      notify({ message: userMessage(error), severity: 'error' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Button
      variant="outlined"
      startIcon={<FileDownloadIcon />}
      disabled={busy || total === 0}
      onClick={() => void exportList()}
    >
      {busy ? '正在导出…' : '导出'}
    </Button>
  )
}
