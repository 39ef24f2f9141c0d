import { Button, Paper, Stack, Typography } from '@mui/material'
import { useState } from 'react'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { useNotify } from '../../components/Notifier'
import { userMessage } from '../../data/errors'
import { useLiveData } from '../../data/hooks'
import { useDataApi } from '../../data/api'
import { KIND_NAMES, KINDS } from '../../../shared/kinds'
import type { KeptSample } from '../../data/api'

/** Shown at most, of the samples kept; the rest are counted. */
const KEPT_SHOWN = 8

/** 将删除 N 条…；保留：会议“…”（已被修改）… */
function clearingMessage(remove: number, keep: readonly KeptSample[]): string {
  const removing = `将删除 ${String(remove)} 条带“示例”标记的记录，您自己录入的记录不受影响。`
  if (keep.length === 0) return removing
  const listed = keep
    .slice(0, KEPT_SHOWN)
    .map((sample) => `${KINDS[sample.kind].label}“${sample.title}”（${sample.reason}）`)
    .join('、')
  const more = keep.length > KEPT_SHOWN ? ` 等 ${String(keep.length)} 条` : ''
  return `${removing}以下示例记录会保留，并不再标为示例：${listed}${more}。`
}

/** 加载示例数据 / 清除示例数据. */
export function SampleDataPanel() {
  const api = useDataApi()
  const notify = useNotify()
  const loaded = useLiveData((api) => api.hasSampleData(), KIND_NAMES, 'samples').data
  const [busy, setBusy] = useState(false)
  // What clearing would remove and keep, shown for the user to confirm.
  const [clearing, setClearing] = useState<Awaited<
    ReturnType<typeof api.previewSampleClearing>
  > | null>(null)

  const run = async (task: () => Promise<string>) => {
    setBusy(true)
    try {
      notify({ message: await task() })
    } catch (error) {
      notify({ message: userMessage(error), severity: 'error' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Paper variant="outlined" sx={{ p: 2.5 }}>
      <Typography variant="subtitle1" sx={{ mb: 1 }}>
        示例数据
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        示例数据均为虚构，用于熟悉各项功能；列表和详情中带“示例”标记。清除时只删除示例数据，不影响您录入的记录。
      </Typography>
      <Stack direction="row" spacing={1.5}>
        <Button
          variant="contained"
          disabled={busy || loaded !== false}
          onClick={() =>
            void run(async () => {
              const counts = await api.loadSampleData()
              return `已加载示例数据：企业 ${counts.enterprise} 家、机构 ${counts.org} 个、联系人 ${counts.contact} 人、跟进事项 ${counts.followUp} 项、公文 ${counts.document} 份、会议 ${counts.meeting} 次、督办事项 ${counts.actionItem} 项、工作信息 ${counts.liaisonEntry} 条、征求意见 ${counts.consultation} 件、联合调研 ${counts.survey} 项（走访 ${counts.visit} 次）、培训 ${counts.training} 期（报名 ${counts.registration} 人、匿名反馈 ${counts.trainingFeedback} 份）、信息通报 ${counts.briefing} 期、政策文件 ${counts.policy} 件、参考案例 ${counts.referenceCase} 件、宣传报道 ${counts.publicity} 篇`
            })
          }
        >
          加载示例数据
        </Button>
        <Button
          variant="outlined"
          color="error"
          disabled={busy || loaded !== true}
          onClick={() =>
            void api.previewSampleClearing().then(setClearing, (error: unknown) => {
              notify({ message: userMessage(error), severity: 'error' })
            })
          }
        >
          清除示例数据
        </Button>
      </Stack>
      <ConfirmDialog
        open={clearing !== null}
        title="清除示例数据"
        message={clearing ? clearingMessage(clearing.remove, clearing.keep) : ''}
        confirmLabel="清除"
        destructive
        onCancel={() => setClearing(null)}
        onConfirm={() => {
          setClearing(null)
          void run(async () => {
            const { removed, kept } = await api.clearSampleData()
            return kept.length > 0
              ? `已清除 ${String(removed)} 条示例记录，保留 ${String(kept.length)} 条`
              : `已清除 ${String(removed)} 条示例记录`
          })
        }}
      />
    </Paper>
  )
}
