import {
  Alert,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Radio,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material'
import { useState } from 'react'
import { MAX_CLOCK_DRIFT_MS } from '../../../../shared/domain/hlc'
import { displayValue, formatDateTime } from '../../../../shared/kinds/display'
import { fieldLabel, KINDS } from '../../../../shared/kinds'
import { DELETED_FIELD } from '../../../../shared/records/recordChange'
import type { BothChangedChoices, PackageContents, PackagePreview } from '../../../data/api'
import { peerName } from '../../../components/peerName'

/** Beyond this the package's clock is worth a word before anything is applied. */
const NOTABLE_DRIFT_MS = 5 * 60 * 1000

interface Props {
  readonly fileName: string
  readonly contents: PackageContents
  readonly preview: PackagePreview
  readonly busy: boolean
  readonly onImport: (choices: BothChangedChoices) => void
  readonly onCancel: () => void
}

function hours(ms: number): string {
  const h = ms / 3_600_000
  return h < 1 ? `${String(Math.ceil(ms / 60_000))} 分钟` : `${h.toFixed(1)} 小时`
}

function shown(kindName: keyof typeof KINDS, field: string, value: unknown): string {
  if (field === DELETED_FIELD) return typeof value === 'number' ? '已删除' : '未删除'
  return displayValue(KINDS[kindName], field, value) || '（空）'
}

/**
 * The preview of 导入数据包, before anything is written: what it adds, updates and deletes, the
 * fields changed on both PCs with both values (the later one is kept unless the user picks the
 * other), the sender's clock when it runs ahead, and a second question when it deletes a lot.
 */
export function ImportPreviewDialog({
  fileName,
  contents,
  preview,
  busy,
  onImport,
  onCancel,
}: Props) {
  const [choices, setChoices] = useState<Map<string, 'local' | 'incoming'>>(
    () => new Map(preview.bothChanged.map((field) => [field.key, field.winner])),
  )
  const [confirmingDeletes, setConfirmingDeletes] = useState(false)
  const { manifest } = contents
  const tooFarAhead = preview.aheadMs > MAX_CLOCK_DRIFT_MS
  const counts: [string, number][] = [
    ['新增', preview.counts.new],
    ['更新', preview.counts.updated],
    ['同一字段两边都改', preview.bothChanged.length],
    ['删除', preview.counts.deleted],
    ['无变化', preview.counts.unchanged],
  ]
  const choose = (key: string, side: 'local' | 'incoming') =>
    setChoices((current) => new Map(current).set(key, side))
  const submit = () => {
    if (preview.heavy.length > 0 && !confirmingDeletes) setConfirmingDeletes(true)
    else onImport(choices)
  }

  return (
    <Dialog open onClose={onCancel} maxWidth="md" fullWidth aria-labelledby="import-preview-title">
      <DialogTitle id="import-preview-title">导入数据包</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography variant="body2">
            {`“${fileName}”来自 ${peerName({ name: manifest.deviceName, deviceId: manifest.deviceId })}，制作于 ${formatDateTime(manifest.createdAt)}，含 ${manifest.counts.changes.toLocaleString('zh-CN')} 条修改、${String(manifest.counts.files)} 个附件${contents.encrypted ? '（已加密）' : ''}。导入将按字段合并到本机数据，不会替换其他数据；导入前会先备份本机数据。`}
          </Typography>
          <Stack
            direction="row"
            spacing={1}
            useFlexGap
            sx={{ flexWrap: 'wrap' }}
            aria-label="导入预览"
          >
            {counts.map(([label, count]) => (
              <Chip
                key={label}
                label={`${label} ${count.toLocaleString('zh-CN')}`}
                color={label === '删除' && count > 0 ? 'warning' : 'default'}
                variant={count > 0 ? 'filled' : 'outlined'}
              />
            ))}
          </Stack>
          {preview.aheadMs > NOTABLE_DRIFT_MS && (
            <Alert severity={tooFarAhead ? 'error' : 'warning'}>
              {tooFarAhead
                ? `数据包中的修改时间比本机时钟快了约 ${hours(preview.aheadMs)}，超过一天，不能导入：请先核对两台电脑的日期和时间。`
                : `数据包中的修改时间比本机时钟快了约 ${hours(preview.aheadMs)}：对方电脑的时钟可能不准。导入后本机的修改时间会随之后移，请核对两台电脑的日期和时间。`}
            </Alert>
          )}
          {preview.problems.length > 0 && (
            <Alert severity="warning">
              {`${String(preview.problems.length)} 条修改无法合并，将单独列出、不会应用：${preview.problems
                .slice(0, 3)
                .map((p) => p.reason)
                .join('；')}`}
            </Alert>
          )}
          {preview.bothChanged.length > 0 && (
            <>
              <Typography variant="subtitle2">
                同一字段两边都改：默认保留较晚的修改，可逐项改选
              </Typography>
              <Table size="small" aria-label="同一字段两边都改">
                <TableHead>
                  <TableRow>
                    <TableCell>记录</TableCell>
                    <TableCell>字段</TableCell>
                    <TableCell>本机的值</TableCell>
                    <TableCell>数据包的值</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {preview.bothChanged.map((field) => {
                    const kind = KINDS[field.kind]
                    const label =
                      field.field === DELETED_FIELD ? '删除' : fieldLabel(kind, field.field)
                    const side = (which: 'local' | 'incoming', value: unknown) => (
                      <TableCell>
                        <Stack direction="row" sx={{ alignItems: 'center' }}>
                          <Radio
                            size="small"
                            checked={choices.get(field.key) === which}
                            onChange={() => choose(field.key, which)}
                            slotProps={{
                              input: {
                                'aria-label': `${field.title} ${label}：保留${which === 'local' ? '本机的值' : '数据包的值'}`,
                              },
                            }}
                          />
                          <span>
                            {shown(field.kind, field.field, value)}
                            {field.winner === which && (
                              <Typography component="span" variant="caption" color="text.secondary">
                                （较晚）
                              </Typography>
                            )}
                          </span>
                        </Stack>
                      </TableCell>
                    )
                    return (
                      <TableRow key={field.key}>
                        <TableCell>{`${kind.label}：${field.title}`}</TableCell>
                        <TableCell>{label}</TableCell>
                        {side('local', field.local)}
                        {side('incoming', field.incoming)}
                      </TableRow>
                    )
                  })}
                </TableBody>
              </Table>
            </>
          )}
          {confirmingDeletes && (
            <Alert severity="error">
              {`该数据包将删除${preview.heavy
                .map(
                  (h) => `${KINDS[h.kind].label} ${String(h.live)} 条中的 ${String(h.deleting)} 条`,
                )
                .join('、')}，超过三分之一。确认对方确实删除了这些记录后，再点“仍要导入”。`}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>取消</Button>
        <Button
          variant="contained"
          color={confirmingDeletes ? 'error' : 'primary'}
          disabled={busy || tooFarAhead}
          onClick={submit}
        >
          {busy ? '正在导入…' : confirmingDeletes ? '仍要导入' : '导入'}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
