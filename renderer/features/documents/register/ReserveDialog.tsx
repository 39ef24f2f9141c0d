import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  TextField,
} from '@mui/material'
import { useState } from 'react'
import { userMessage } from '../../../data/errors'
import { useDataApi, type DocumentRow } from '../../../data/api'

interface Props {
  readonly open: boolean
  readonly defaultPrefix: string
  readonly onClose: () => void
  readonly onReserved: (rows: readonly DocumentRow[]) => void
}

/** 预留号: takes the next numbers of a series now, for documents that will be written later. */
export function ReserveDialog({ open, defaultPrefix, onClose, onReserved }: Props) {
  const api = useDataApi()
  const [prefix, setPrefix] = useState(defaultPrefix)
  const [year, setYear] = useState(String(new Date().getFullYear()))
  const [count, setCount] = useState('1')
  const [remark, setRemark] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    setBusy(true)
    setError(null)
    try {
      const rows = await api.reserveNumbers({
        prefix: prefix.trim(),
        year: Number(year),
        count: Number(count),
        remark: remark.trim(),
      })
      onReserved(rows)
    } catch (failure) {
      setError(userMessage(failure))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog open={open} onClose={onClose} maxWidth="xs" fullWidth aria-labelledby="reserve-title">
      <DialogTitle id="reserve-title">预留发文字号</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          预留的号码立即占用，撰写公文时可直接使用；未使用的预留号在发文登记中显示为空号。
        </DialogContentText>
        <Stack spacing={2}>
          {error && <Alert severity="error">{error}</Alert>}
          <TextField
            label="机关代字"
            value={prefix}
            onChange={(event) => setPrefix(event.target.value)}
            placeholder="如 津知发"
            autoFocus
          />
          <Stack direction="row" spacing={2}>
            <TextField
              label="年份"
              value={year}
              onChange={(event) => setYear(event.target.value)}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            />
            <TextField
              label="数量"
              value={count}
              onChange={(event) => setCount(event.target.value)}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            />
          </Stack>
          <TextField
            label="用途（可选）"
            value={remark}
            onChange={(event) => setRemark(event.target.value)}
            placeholder="如 为联合调研报告预留"
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>取消</Button>
        <Button variant="contained" disabled={busy} onClick={() => void submit()}>
          预留
        </Button>
      </DialogActions>
    </Dialog>
  )
}
