import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  InputLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Select,
  Stack,
  TextField,
  Typography,
} from '@mui/material'
import { useState } from 'react'
import { packageFileName, type PackageScope } from '../../shared/exchange/packageManifest'
import { formatDateTime } from '../../shared/kinds/display'
import type { ExchangePeer } from '../data/api'
import { peerName } from './peerName'

/** A password protects a package on a USB drive only if it is not trivially guessed. */
export const MIN_PASSWORD_LENGTH = 6

export interface ExportRequest {
  readonly scope: PackageScope
  readonly password: string
  readonly fileName: string
}

interface Props {
  readonly open: boolean
  readonly peers: readonly ExchangePeer[]
  readonly sender: string
  /** A record's own package (调研 with its 走访 and 企业): the scope is fixed. */
  readonly record?: { readonly scope: PackageScope; readonly title: string }
  readonly busy: boolean
  readonly onExport: (request: ExportRequest) => void
  readonly onCancel: () => void
}

function passwordProblem(password: string, repeated: string): string | undefined {
  if (password === '') return undefined
  if (password.length < MIN_PASSWORD_LENGTH)
    return `密码至少 ${String(MIN_PASSWORD_LENGTH)} 位（不设密码请留空）`
  if (repeated !== password) return '两次输入的密码不一致'
  return undefined
}

/**
 * 导出数据包: what to send (every change, or what a PC lacks since the last exchange with it)
 * and an optional password, since packages travel on USB drives.
 */
export function ExportPackageDialog({
  open,
  peers,
  sender,
  record,
  busy,
  onExport,
  onCancel,
}: Props) {
  const [choice, setChoice] = useState<'all' | 'since'>('all')
  const [peerId, setPeerId] = useState('')
  const [password, setPassword] = useState('')
  const [repeated, setRepeated] = useState('')
  const [tried, setTried] = useState(false)
  const problem = passwordProblem(password, repeated)
  const peer = peers.find((p) => p.deviceId === peerId)
  const needsPeer = !record && choice === 'since' && peer === undefined

  const submit = () => {
    setTried(true)
    if (problem || needsPeer) return
    const scope: PackageScope =
      record?.scope ?? (choice === 'since' ? { type: 'since', to: peerId } : { type: 'all' })
    onExport({ scope, password, fileName: packageFileName(new Date(), sender) })
  }

  return (
    <Dialog
      open={open}
      onClose={onCancel}
      maxWidth="sm"
      fullWidth
      aria-labelledby="export-package-title"
    >
      <DialogTitle id="export-package-title">导出数据包</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {record ? (
            <Typography variant="body2">{`导出“${record.title}”及其下属记录和关联记录的全部修改。`}</Typography>
          ) : (
            <FormControl>
              <RadioGroup
                value={choice}
                onChange={(event) => setChoice(event.target.value === 'since' ? 'since' : 'all')}
              >
                <FormControlLabel
                  value="all"
                  control={<Radio />}
                  label="全部更改（首次交换，或不确定对方已有哪些）"
                />
                <FormControlLabel
                  value="since"
                  control={<Radio />}
                  disabled={peers.length === 0}
                  label={
                    peers.length === 0
                      ? '自上次交换以来的更改（导入过对方的数据包后可选）'
                      : '自上次交换以来的更改：只含对方电脑还没有的'
                  }
                />
              </RadioGroup>
            </FormControl>
          )}
          {!record && choice === 'since' && (
            <FormControl fullWidth error={tried && needsPeer}>
              <InputLabel id="export-peer-label">接收的电脑</InputLabel>
              <Select
                labelId="export-peer-label"
                label="接收的电脑"
                value={peerId}
                onChange={(event) => setPeerId(event.target.value)}
              >
                {peers.map((p) => (
                  <MenuItem key={p.deviceId} value={p.deviceId}>
                    {`${peerName(p)}（上次收到其数据包：${formatDateTime(p.receivedAt)}）`}
                  </MenuItem>
                ))}
              </Select>
              {tried && needsPeer && (
                <Typography variant="caption" color="error">
                  请选择接收的电脑
                </Typography>
              )}
            </FormControl>
          )}
          <TextField
            label="密码（可不设）"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            helperText="数据包经 U 盘传递，建议设置密码；导入时需输入同一密码。密码无法找回。"
          />
          {password !== '' && (
            <TextField
              label="再次输入密码"
              type="password"
              autoComplete="new-password"
              value={repeated}
              onChange={(event) => setRepeated(event.target.value)}
              error={tried && problem !== undefined}
              helperText={tried ? problem : undefined}
            />
          )}
          {tried && problem !== undefined && password.length < MIN_PASSWORD_LENGTH && (
            <Alert severity="error">{problem}</Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>取消</Button>
        <Button variant="contained" disabled={busy} onClick={submit}>
          {busy ? '正在导出…' : '导出'}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
