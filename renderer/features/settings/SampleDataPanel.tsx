import { Button, Paper, Stack, Typography } from '@mui/material'
import { useState } from 'react'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { useNotify } from '../../components/Notifier'
import { userMessage } from '../../data/errors'
import { useLiveData } from '../../data/hooks'
import { useDataApi } from '../../data/api'
import { KIND_NAMES } from '../../../shared/kinds'

/** 加载示例数据 / 清除示例数据. */
export function SampleDataPanel() {
  const api = useDataApi()
  const notify = useNotify()
  const loaded = useLiveData((api) => api.hasSampleData(), KIND_NAMES, 'samples').data
  const [busy, setBusy] = useState(false)
  const [confirmClear, setConfirmClear] = useState(false)

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
              return `已加载示例数据：企业 ${counts.enterprise} 家、机构 ${counts.org} 个、联系人 ${counts.contact} 人、跟进事项 ${counts.followUp} 项、公文 ${counts.document} 份、会议 ${counts.meeting} 次、督办事项 ${counts.actionItem} 项、工作信息 ${counts.liaisonEntry} 条、征求意见 ${counts.consultation} 件`
            })
          }
        >
          加载示例数据
        </Button>
        <Button
          variant="outlined"
          color="error"
          disabled={busy || loaded !== true}
          onClick={() => setConfirmClear(true)}
        >
          清除示例数据
        </Button>
      </Stack>
      <ConfirmDialog
        open={confirmClear}
        title="清除示例数据"
        message="将删除所有带“示例”标记的记录，您自己录入的记录不受影响。"
        confirmLabel="清除"
        destructive
        onCancel={() => setConfirmClear(false)}
        onConfirm={() => {
          setConfirmClear(false)
          void run(async () => `已清除 ${await api.clearSampleData()} 条示例记录`)
        }}
      />
    </Paper>
  )
}
