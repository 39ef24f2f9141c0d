import {
  Button,
  Chip,
  Link,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material'
import { Link as RouterLink } from 'react-router'
import { FORMAT_LABELS } from '../../../../shared/documents/definition'
import { formatDocumentNumber } from '../../../../shared/documents/documentNumber'
import {
  GAP_LABELS,
  entryState,
  entryStateLabel,
  missingRangeLabel,
  registerLines,
  type EntryState,
  type RegisterLine,
} from '../../../../shared/documents/register'
import { type DocumentRow, type Series, registerEntryOf } from '../../../data/api'
import { editorPath } from '../paths'

type Entry = ReturnType<typeof registerEntryOf> & { readonly row: DocumentRow }

export interface RowActions {
  readonly onVoid: (row: DocumentRow) => void
  /** 用新号撰写 on a voided number. */
  readonly onRewrite: (row: DocumentRow) => void
  readonly onDelete: (row: DocumentRow) => void
}

interface Props extends RowActions {
  readonly series: Series
  readonly rows: readonly DocumentRow[]
}

const STATE_COLORS: Record<EntryState, 'success' | 'warning' | 'default' | 'info'> = {
  issued: 'success',
  draft: 'info',
  reserved: 'warning',
  void: 'default',
  deleted: 'default',
}

const GAP_ROW_SX = { bgcolor: '#fff7e6' }

function EntryRow({
  line,
  actions,
}: {
  line: Extract<RegisterLine<Entry>, { type: 'entry' }>
  actions: RowActions
}) {
  const { row } = line.entry
  const state = entryState(line.entry)
  const deleted = state === 'deleted'
  return (
    <TableRow
      sx={line.gap ? GAP_ROW_SX : undefined}
      data-gap={line.gap ?? undefined}
      aria-label={row.documentNumber || row.title}
    >
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {deleted ? (
          <Typography variant="body2" color="text.secondary">
            {row.documentNumber}
          </Typography>
        ) : (
          <Link component={RouterLink} to={editorPath(row.id)} underline="hover">
            {row.documentNumber || '（无文号）'}
          </Link>
        )}
      </TableCell>
      <TableCell>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography
            variant="body2"
            color={deleted || row.title === '' ? 'text.secondary' : 'text.primary'}
          >
            {row.title || (row.remark ? `（${row.remark}）` : '（未撰写）')}
          </Typography>
          {row.sample === 1 && (
            <Chip label="示例" size="small" variant="outlined" color="warning" />
          )}
        </Stack>
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{FORMAT_LABELS[row.format]}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{row.date}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        <Stack direction="row" spacing={0.5}>
          <Chip
            size="small"
            label={entryStateLabel(state, row.sequence > 0)}
            color={STATE_COLORS[state]}
            variant={state === 'draft' ? 'outlined' : 'filled'}
          />
          {line.duplicate && <Chip size="small" color="error" label="重号" />}
        </Stack>
      </TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        {!deleted && (
          <>
            {state === 'void' ? (
              <Button size="small" onClick={() => actions.onRewrite(row)}>
                用新号撰写
              </Button>
            ) : (
              <Button size="small" component={RouterLink} to={editorPath(row.id)}>
                {state === 'reserved' ? '撰写' : '编辑'}
              </Button>
            )}
            {state !== 'void' && row.sequence > 0 && (
              <Button size="small" onClick={() => actions.onVoid(row)}>
                作废
              </Button>
            )}
            <Button size="small" color="error" onClick={() => actions.onDelete(row)}>
              删除
            </Button>
          </>
        )}
      </TableCell>
    </TableRow>
  )
}

function MissingRow({ series, from, to }: { series: Series; from: number; to: number }) {
  const label =
    from === to
      ? formatDocumentNumber({ ...series, sequence: from })
      : `${series.prefix}〔${String(series.year)}〕${missingRangeLabel(from, to)}`
  return (
    <TableRow sx={GAP_ROW_SX} data-gap="missing" aria-label={label}>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{label}</TableCell>
      <TableCell colSpan={3}>
        <Typography variant="body2" color="text.secondary">
          未登记：号码空缺{from === to ? '' : `（共 ${String(to - from + 1)} 个）`}
        </Typography>
      </TableCell>
      <TableCell>
        <Chip size="small" color="warning" label={GAP_LABELS.missing} />
      </TableCell>
      <TableCell />
    </TableRow>
  )
}

/**
 * The register of one series in number order, with every gap on its own highlighted line: numbers
 * never registered (缺号), reserved and not used (预留未用), voided, deleted; a numbered draft holds
 * its number and is no gap. Unnumbered documents (drafts, 纪要) are listed newest first.
 */
export function RegisterTable({ series, rows, ...actions }: Props) {
  const entries: Entry[] = rows.map((row) => ({ ...registerEntryOf(row), row }))
  const unnumbered = series.prefix === '' && series.year === 0
  const lines: RegisterLine<Entry>[] = unnumbered
    ? entries
        .filter((entry) => !entry.deleted)
        .sort((a, b) => b.row.updatedAt - a.row.updatedAt)
        .map((entry) => ({ type: 'entry', sequence: 0, entry, duplicate: false }))
    : registerLines(entries)
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label="发文登记">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 200 }}>{unnumbered ? '期号/文号' : '发文字号'}</TableCell>
            <TableCell>标题</TableCell>
            <TableCell sx={{ width: 100 }}>格式</TableCell>
            <TableCell sx={{ width: 110 }}>成文日期</TableCell>
            <TableCell sx={{ width: 170 }}>状态</TableCell>
            <TableCell sx={{ width: 220 }} align="right">
              操作
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.length === 0 && (
            <TableRow>
              <TableCell colSpan={6}>
                <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
                  暂无登记。
                </Typography>
              </TableCell>
            </TableRow>
          )}
          {lines.map((line) =>
            line.type === 'missing' ? (
              <MissingRow
                key={`missing-${String(line.from)}`}
                series={series}
                from={line.from}
                to={line.to}
              />
            ) : (
              <EntryRow key={line.entry.id} line={line} actions={actions} />
            ),
          )}
        </TableBody>
      </Table>
    </TableContainer>
  )
}
