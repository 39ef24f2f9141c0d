import { Alert, Button, Stack } from '@mui/material'
import { formatDateTime } from '../../../shared/kinds/display'
import { type DraftEntry } from '../../data/api'

interface Props {
  readonly draft: DraftEntry
  readonly onRestore: () => void
  readonly onDiscard: () => void
}

/** A draft left by an earlier session: 恢复草稿 brings the typed text back, 丢弃 forgets it. */
export function DraftBanner({ draft, onRestore, onDiscard }: Props) {
  return (
    <Alert
      severity="info"
      role="alert"
      aria-label="未保存的草稿"
      action={
        <Stack direction="row" spacing={1}>
          <Button color="inherit" size="small" variant="outlined" onClick={onRestore}>
            恢复草稿
          </Button>
          <Button color="inherit" size="small" onClick={onDiscard}>
            丢弃
          </Button>
        </Stack>
      }
    >
      发现 {formatDateTime(draft.savedAt)}{' '}
      未保存的草稿（窗口关闭、刷新或程序意外退出时留下）。要恢复吗？
    </Alert>
  )
}
