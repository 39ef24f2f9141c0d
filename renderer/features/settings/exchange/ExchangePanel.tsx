import DownloadIcon from '@mui/icons-material/DownloadOutlined'
import UploadIcon from '@mui/icons-material/UploadFileOutlined'
import { Alert, Button, Stack, Typography } from '@mui/material'
import { useRef, useState } from 'react'
import { backupFileName } from '../../../../shared/backup/manifest'
import { PACKAGE_EXTENSION } from '../../../../shared/files/appFileTypes'
import { formatDateTime } from '../../../../shared/kinds/display'
import { KIND_NAMES } from '../../../../shared/kinds'
import { useNotify } from '../../../components/Notifier'
import { PanelSection } from '../../../components/PanelSection'
import { useBusyAction } from '../../../components/useBusyAction'
import {
  useDataApi,
  type BothChangedChoices,
  type PackageContents,
  type PackagePreview,
} from '../../../data/api'
import { PackagePasswordError, userMessage } from '../../../data/errors'
import { useLiveData } from '../../../data/hooks'
import { useSettings } from '../../../data/SettingsContext'
import { useBackupSaver } from '../../../components/useBackupSaver'
import { usePackageExport } from '../../../components/usePackageExport'
import { ExportPackageDialog, type ExportRequest } from '../../../components/ExportPackageDialog'
import { ImportPreviewDialog } from './ImportPreviewDialog'
import { PackagePasswordDialog } from './PackagePasswordDialog'
import { peerName } from '../../../components/peerName'

type Step =
  | { readonly step: 'export' }
  | {
      readonly step: 'password'
      readonly bytes: Uint8Array
      readonly name: string
      readonly wrong: boolean
    }
  | {
      readonly step: 'preview'
      readonly name: string
      readonly contents: PackageContents
      readonly preview: PackagePreview
    }

/**
 * 设置 → 数据交换: 导出数据包 writes the changes another PC lacks (optionally encrypted) for a USB
 * drive; 导入数据包 reads one, shows what it would do, backs this PC's data up and merges it.
 * A restore replaces everything; an import only merges: different commands, different words.
 */
export function ExchangePanel() {
  const api = useDataApi()
  const notify = useNotify()
  const { settings } = useSettings()
  const input = useRef<HTMLInputElement>(null)
  const [step, setStep] = useState<Step | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [exchanges, setExchanges] = useState(0)
  const peers = useLiveData((api) => api.listPeers(), KIND_NAMES, `peers-${String(exchanges)}`)
  const saveBackup = useBackupSaver()
  const writeAndSave = usePackageExport()
  const { busy, run } = useBusyAction<'export' | 'read' | 'import'>({
    onStart: () => setFailure(null),
    onError: (error) => {
      setStep(null)
      setFailure(userMessage(error))
    },
  })
  const sender = settings.deviceName || settings.userName

  const exportPackage = (request: ExportRequest) =>
    run('export', async () => {
      const saved = await writeAndSave(request)
      setStep(null)
      if (saved) setExchanges((n) => n + 1)
    })

  // Bumped by 取消: a package still being decrypted or read then opens nothing when it is done.
  const reading = useRef(0)
  const cancel = () => {
    reading.current++
    setStep(null)
  }

  const open = (bytes: Uint8Array, name: string, password = '') =>
    run('read', async () => {
      const attempt = ++reading.current
      const show = (next: Step) => {
        if (attempt === reading.current) setStep(next)
      }
      try {
        const contents = await api.readPackage(bytes, password)
        show({ step: 'preview', name, contents, preview: await api.previewPackage(contents) })
      } catch (error) {
        if (!(error instanceof PackagePasswordError)) throw error
        show({ step: 'password', bytes, name, wrong: error.wrong })
      }
    })

  const importPackage = (
    contents: PackageContents,
    preview: PackagePreview,
    choices: BothChangedChoices,
  ) =>
    run('import', async () => {
      const safety = await saveBackup(`导入前自动备份_${backupFileName(new Date())}`)
      if (!safety.saved) {
        notify({ message: '未保存导入前的备份，已取消导入', severity: 'warning' })
        return
      }
      const result = await api.importPackage(contents, preview.bothChanged, choices)
      setStep(null)
      setExchanges((n) => n + 1)
      const aside = result.keptAside > 0 ? `，${String(result.keptAside)} 条因冲突未应用` : ''
      notify({
        message: `已导入数据包：新增 ${String(preview.counts.new)}、更新 ${String(preview.counts.updated)}、删除 ${String(preview.counts.deleted)}${aside}`,
        action: {
          label: '撤销导入',
          run: async () => {
            await api.restoreBackup(await api.readBackup(safety.bytes))
            notify({ message: '已撤销导入，数据回到导入之前' })
          },
        },
      })
    })

  const known = peers.data ?? []
  return (
    <PanelSection title="数据交换">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {`在两台电脑之间用 U 盘传递数据：一台“导出数据包”（.${PACKAGE_EXTENSION}），另一台“导入数据包”。导入只合并对方的修改，两边改了不同字段的都保留；同一字段两边都改的，导入前可逐项选择。整体替换数据请用上面的“从备份恢复”。`}
      </Typography>
      <Stack direction="row" spacing={1.5}>
        <Button
          variant="contained"
          startIcon={<DownloadIcon />}
          disabled={busy !== null}
          onClick={() => setStep({ step: 'export' })}
        >
          导出数据包
        </Button>
        <Button
          variant="outlined"
          startIcon={<UploadIcon />}
          disabled={busy !== null}
          onClick={() => input.current?.click()}
        >
          {busy === 'read' ? '正在读取…' : '导入数据包'}
        </Button>
      </Stack>
      {known.length > 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }} component="div">
          交换过数据的电脑：
          {known.map((peer) => (
            <div key={peer.deviceId}>
              {`${peerName(peer)}：上次收到其数据包 ${formatDateTime(peer.receivedAt)}${peer.sentAt === undefined ? '' : `，上次发给它 ${formatDateTime(peer.sentAt)}`}`}
            </div>
          ))}
        </Typography>
      )}
      {failure !== null && (
        <Alert severity="error" sx={{ mt: 2 }} onClose={() => setFailure(null)}>
          {failure}
        </Alert>
      )}
      <input
        ref={input}
        type="file"
        accept={`.${PACKAGE_EXTENSION}`}
        hidden
        aria-label="选择数据包文件"
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file)
            void file.arrayBuffer().then((buffer) => open(new Uint8Array(buffer), file.name))
        }}
      />
      {step?.step === 'export' && (
        <ExportPackageDialog
          open
          peers={known}
          sender={sender}
          busy={busy === 'export'}
          onExport={(request) => void exportPackage(request)}
          onCancel={cancel}
        />
      )}
      {step?.step === 'password' && (
        <PackagePasswordDialog
          fileName={step.name}
          wrong={step.wrong}
          busy={busy === 'read'}
          onSubmit={(password) => void open(step.bytes, step.name, password)}
          onCancel={cancel}
        />
      )}
      {step?.step === 'preview' && (
        <ImportPreviewDialog
          fileName={step.name}
          contents={step.contents}
          preview={step.preview}
          busy={busy === 'import'}
          onImport={(choices) => void importPackage(step.contents, step.preview, choices)}
          onCancel={cancel}
        />
      )}
    </PanelSection>
  )
}
