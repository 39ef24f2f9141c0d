import ExportIcon from '@mui/icons-material/DownloadOutlined'
import { Button } from '@mui/material'
import { useState } from 'react'
import type { KindName } from '../../shared/kinds'
import { ExportPackageDialog } from '../components/ExportPackageDialog'
import { useNotify } from '../components/Notifier'
import { usePackageExport } from '../components/usePackageExport'
import { userMessage } from '../data/errors'
import { useSettings } from '../data/SettingsContext'

/**
 * 导出数据包 on a record's page: the record with its children (议程, 反馈意见, 走访…) and the records
 * they refer to (企业, 单位), for another PC — a survey's visits brought back from the field.
 */
export function ExportRecordPackage({
  kind,
  id,
  title,
}: {
  kind: KindName
  id: string
  title: string
}) {
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const { settings } = useSettings()
  const notify = useNotify()
  const writeAndSave = usePackageExport()
  return (
    <>
      <Button variant="outlined" startIcon={<ExportIcon />} onClick={() => setOpen(true)}>
        导出数据包
      </Button>
      {open && (
        <ExportPackageDialog
          open
          peers={[]}
          sender={settings.deviceName || settings.userName}
          record={{ scope: { type: 'record', kind, id }, title }}
          busy={busy}
          onCancel={() => setOpen(false)}
          onExport={(request) => {
            setBusy(true)
            void writeAndSave(request)
              .then(() => setOpen(false))
              .catch((error: unknown) => notify({ message: userMessage(error), severity: 'error' }))
              .finally(() => setBusy(false))
          }}
        />
      )}
    </>
  )
}
