import BookmarkAddIcon from '@mui/icons-material/BookmarkAddOutlined'
import { Alert, Button, MenuItem, Stack, TextField, Typography } from '@mui/material'
import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { formatDocumentNumber } from '../../../shared/documents/documentNumber'
import { summarizeRegister } from '../../../shared/documents/register'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { useNotify } from '../../components/Notifier'
import { userMessage } from '../../data/errors'
import { PageHeader } from '../../components/PageHeader'
import { useLiveData } from '../../data/hooks'
import { useDeleteWithUndo } from '../../records/useDeleteWithUndo'
import { NewDocumentButton } from './register/NewDocumentButton'
import { RegisterTable } from './register/RegisterTable'
import { ReserveDialog } from './register/ReserveDialog'
import { useRewriteWithNewNumber } from './useRewriteWithNewNumber'
import {
  useDataApi,
  type DocumentRow,
  type Series,
  UNNUMBERED,
  registerEntryOf,
} from '../../data/api'

const seriesKey = (series: Series) => `${series.prefix}|${String(series.year)}`

function seriesLabel(series: Series): string {
  return series.prefix === ''
    ? '无发文字号（草稿、纪要等）'
    : `${series.prefix}〔${String(series.year)}〕`
}

function parseSeriesKey(key: string | null): Series | undefined {
  if (!key) return undefined
  const at = key.lastIndexOf('|')
  const year = Number(key.slice(at + 1))
  return at < 0 || !Number.isInteger(year) ? undefined : { prefix: key.slice(0, at), year }
}

/** This year's first series, else the latest year's, else the unnumbered documents. */
function defaultSeries(all: readonly Series[]): Series {
  const numbered = all.filter((s) => s.prefix !== '')
  const thisYear = new Date().getFullYear()
  const sorted = [...numbered].sort(
    (a, b) =>
      Number(b.year === thisYear) - Number(a.year === thisYear) ||
      b.year - a.year ||
      a.prefix.localeCompare(b.prefix),
  )
  return sorted[0] ?? UNNUMBERED
}

function Summary({ rows, series }: { rows: readonly DocumentRow[]; series: Series }) {
  if (series.prefix === '') {
    const live = rows.filter((r) => r.deletedAt === undefined).length
    return <Typography variant="body2">共 {live} 份未编发文字号的公文</Typography>
  }
  const summary = summarizeRegister(rows.map(registerEntryOf))
  const gapTotal = Object.values(summary.gaps).reduce((sum, n) => sum + n, 0)
  const parts = [
    summary.gaps.missing > 0 && `缺号 ${String(summary.gaps.missing)} 个`,
    summary.gaps.reserved > 0 && `预留未用 ${String(summary.gaps.reserved)} 个`,
    summary.gaps.void > 0 && `作废 ${String(summary.gaps.void)} 个`,
    summary.gaps.deleted > 0 && `已删除 ${String(summary.gaps.deleted)} 个`,
  ].filter(Boolean)
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Typography variant="body2" aria-label="登记概况">
        已发文 {summary.used} 份{summary.drafts > 0 ? `；草稿 ${String(summary.drafts)} 份` : ''}
        {gapTotal > 0 ? `；空号 ${String(gapTotal)} 个（${parts.join('，')}）` : '；无空号'}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        下一个号：{formatDocumentNumber({ ...series, sequence: summary.next })}
      </Typography>
    </Stack>
  )
}

/**
 * 公文 / 发文登记: the register of one 机关代字 and year at a time, in number order with its
 * gaps; 新建公文 from a template; 预留号.
 */
export function DocumentRegisterPage() {
  const api = useDataApi()
  const notify = useNotify()
  const [params, setParams] = useSearchParams()
  const [reserving, setReserving] = useState(false)
  const [voiding, setVoiding] = useState<DocumentRow | null>(null)
  const [rewriting, setRewriting] = useState<DocumentRow | null>(null)
  const rewrite = useRewriteWithNewNumber()
  const [deleting, setDeleting] = useState<DocumentRow | null>(null)
  const deleteWithUndo = useDeleteWithUndo('document')

  const allSeries = useLiveData((api) => api.listSeries(), ['document'], 'series').data
  const series = parseSeriesKey(params.get('series')) ?? defaultSeries(allSeries ?? [])
  const key = seriesKey(series)
  const { data: rows, error } = useLiveData((api) => api.seriesRows(series), ['document'], key)
  const options = allSeries ?? []
  const choices = [
    ...(options.some((s) => seriesKey(s) === key) ? [] : [series]),
    ...options.filter((s) => s.prefix !== ''),
    UNNUMBERED,
  ].filter((s, i, list) => list.findIndex((o) => seriesKey(o) === seriesKey(s)) === i)

  const showSeries = (next: Series) => setParams({ series: seriesKey(next) }, { replace: true })
  const failed = (failure: unknown) => notify({ message: userMessage(failure), severity: 'error' })
  // A voided number is never used again; only a mistake can be undone at once (撤销).
  const voidNumber = (row: DocumentRow) =>
    api.setDocumentStatus(row.id, 'void').then(
      () =>
        notify({
          message: `已作废 ${row.documentNumber}`,
          action: {
            label: '撤销',
            run: () =>
              api
                .setDocumentStatus(row.id, row.status)
                .then(() => notify({ message: `已撤销作废 ${row.documentNumber}` }), failed),
          },
        }),
      failed,
    )

  return (
    <>
      <PageHeader
        title="公文"
        subtitle="发文登记：按机关代字和年份顺序编号；号码一经使用、预留、作废或删除都不再重复使用"
        actions={
          <>
            <NewDocumentButton />
            <Button
              variant="outlined"
              startIcon={<BookmarkAddIcon />}
              onClick={() => setReserving(true)}
            >
              预留号
            </Button>
          </>
        }
      />
      <Stack spacing={2}>
        <Stack
          direction="row"
          spacing={2}
          useFlexGap
          sx={{ alignItems: 'center', flexWrap: 'wrap' }}
        >
          <TextField
            select
            label="机关代字和年份"
            value={key}
            onChange={(event) => {
              const next = parseSeriesKey(event.target.value)
              if (next) showSeries(next)
            }}
            sx={{ width: 300 }}
            fullWidth={false}
          >
            {choices.map((choice) => (
              <MenuItem key={seriesKey(choice)} value={seriesKey(choice)}>
                {seriesLabel(choice)}
              </MenuItem>
            ))}
          </TextField>
          {rows && <Summary rows={rows} series={series} />}
        </Stack>
        {error && <Alert severity="error">读取发文登记失败：{error.message}</Alert>}
        <RegisterTable
          series={series}
          rows={rows ?? []}
          onVoid={setVoiding}
          onRewrite={setRewriting}
          onDelete={setDeleting}
        />
      </Stack>
      {reserving && (
        <ReserveDialog
          open
          defaultPrefix={series.prefix || '津知发'}
          onClose={() => setReserving(false)}
          onReserved={(reserved) => {
            setReserving(false)
            const [first] = reserved
            const last = reserved.at(-1)
            if (!first || !last) return
            showSeries({ prefix: first.prefix, year: first.year })
            notify({
              message:
                first === last
                  ? `已预留 ${first.documentNumber}`
                  : `已预留 ${first.documentNumber} 至 ${String(last.sequence)}号`,
            })
          }}
        />
      )}
      <ConfirmDialog
        open={voiding !== null}
        title="作废发文字号"
        message={`作废后“${voiding?.documentNumber ?? ''}”在登记中显示为空号，号码不再使用。`}
        confirmLabel="作废"
        destructive
        onCancel={() => setVoiding(null)}
        onConfirm={() => {
          const row = voiding
          setVoiding(null)
          if (row) void voidNumber(row)
        }}
      />
      <ConfirmDialog
        open={rewriting !== null}
        title="用新号撰写"
        message={`${rewriting?.documentNumber ?? ''} 已作废，不再使用。取本机关代字的下一个号撰写新公文${rewriting?.definition ? '（带上原来的内容）' : ''}？`}
        confirmLabel="取新号"
        onCancel={() => setRewriting(null)}
        onConfirm={() => {
          const row = rewriting
          setRewriting(null)
          if (row) void rewrite(row)
        }}
      />
      <ConfirmDialog
        open={deleting !== null}
        title="删除登记"
        message="删除后可立即撤销；已删除的发文字号不会再分配给其他公文。"
        confirmLabel="删除"
        destructive
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const row = deleting
          setDeleting(null)
          if (row) void deleteWithUndo([row.id], `“${row.documentNumber || row.title || '公文'}”`)
        }}
      />
    </>
  )
}
