import UploadFileIcon from '@mui/icons-material/UploadFile'
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Link,
  Stack,
  Step,
  StepLabel,
  Stepper,
  Typography,
} from '@mui/material'
import { useRef, useState } from 'react'
import { cellText, isEmptyRow, type SheetRows } from '../../../../shared/excel/cells'
import {
  autoMapColumns,
  findHeaderRow,
  type ColumnMapping,
} from '../../../../shared/excel/columnMapping'
import { recordsToSheet } from '../../../../shared/excel/exportRows'
import {
  checkImportRows,
  uniqueValuesInSheet,
  type ImportRow,
} from '../../../../shared/excel/importRows'
import { KINDS, type KindName } from '../../../../shared/kinds'
import { fieldMeta } from '../../../../shared/kinds/display'
import { userMessage } from '../../../data/errors'
import { useDatabase } from '../../../data/DatabaseContext'
import { findByUniqueValues } from '../../../data/queries'
import { createRecords } from '../../../data/writePath'
import { shell } from '../../../shell'
import { ColumnMappingTable } from './ColumnMappingTable'
import { ImportReportTable } from './ImportReportTable'
import { readSheetFile, writeSheetFile } from './xlsxFiles'

type Stage =
  | { step: 'file' }
  | {
      step: 'mapping'
      fileName: string
      rows: SheetRows
      headerRow: number
      mapping: ColumnMapping
    }
  | {
      step: 'preview'
      fileName: string
      rows: SheetRows
      headerRow: number
      mapping: ColumnMapping
      checked: ImportRow[]
    }
  | { step: 'done'; imported: number; refused: ImportRow[] }

const STEPS = ['选择文件', '对应列', '预览', '完成']
const STEP_INDEX = { file: 0, mapping: 1, preview: 2, done: 3 } as const

/**
 * Import from .xlsx in four steps: pick a file, map its columns (guessed from the headers), see
 * which rows will be imported and which refused and why, then import the good rows in one
 * transaction and keep a report of the refused ones.
 */
export function ImportDialog({
  kind,
  open,
  onClose,
}: {
  kind: KindName
  open: boolean
  onClose: () => void
}) {
  const db = useDatabase()
  const definition = KINDS[kind]
  const [stage, setStage] = useState<Stage>({ step: 'file' })
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)
  const titleLabel = fieldMeta(definition, definition.titleField)?.label ?? ''

  const close = () => {
    setStage({ step: 'file' })
    setError(null)
    onClose()
  }

  const run = async (task: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    try {
      await task()
    } catch (e) {
      setError(userMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const chooseFile = (file: File) =>
    run(async () => {
      const rows = await readSheetFile(file)
      if (rows.length < 2) throw new Error('表格中没有数据行')
      const headerRow = findHeaderRow(rows)
      const headers = (rows[headerRow] ?? []).map(cellText)
      const mapping = autoMapColumns(definition, headers)
      setStage({ step: 'mapping', fileName: file.name, rows, headerRow, mapping })
    })

  const check = (s: Extract<Stage, { step: 'mapping' }>) =>
    run(async () => {
      if (!s.mapping.includes(definition.titleField)) {
        throw new Error(`请为“${titleLabel}”选择对应的列`)
      }
      const lookups = new Map<string, Map<string, { id: string; title: string }>>()
      for (const [field, values] of uniqueValuesInSheet(
        definition,
        s.rows,
        s.headerRow,
        s.mapping,
      )) {
        lookups.set(field, await findByUniqueValues(db, kind, field, values))
      }
      const checked = checkImportRows(definition, s.rows, s.headerRow, s.mapping, (field, value) =>
        lookups.get(field)?.get(value),
      )
      if (checked.length === 0) throw new Error('表格中没有数据行')
      setStage({ ...s, step: 'preview', checked })
    })

  const importRows = (s: Extract<Stage, { step: 'preview' }>) =>
    run(async () => {
      const good = s.checked.filter((row) => row.status === 'ok')
      await createRecords(
        db,
        kind,
        good.map((row) => row.data),
      )
      setStage({
        step: 'done',
        imported: good.length,
        refused: s.checked.filter((row) => row.status === 'refused'),
      })
    })

  const saveReport = (refused: readonly ImportRow[]) =>
    run(async () => {
      const data = await writeSheetFile(
        {
          headers: ['行号', titleLabel, '原因'],
          rows: refused.map((row) => [
            { value: row.rowNumber, type: 'number' },
            { value: row.title, type: 'text' },
            { value: row.reasons.join('；'), type: 'text' },
          ]),
          widths: [8, 40, 80],
        },
        '未导入的行',
      )
      await shell.saveFile({
        suggestedName: `${definition.title}导入报告.xlsx`,
        filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
        data,
      })
    })

  const saveTemplate = () =>
    run(async () => {
      const sheet = recordsToSheet(definition, [])
      const data = await writeSheetFile(sheet, definition.title)
      await shell.saveFile({
        suggestedName: `${definition.title}导入模板.xlsx`,
        filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
        data,
      })
    })

  const okCount =
    stage.step === 'preview' ? stage.checked.filter((r) => r.status === 'ok').length : 0
  const refusedCount = stage.step === 'preview' ? stage.checked.length - okCount : 0

  return (
    <Dialog
      open={open}
      onClose={busy ? undefined : close}
      maxWidth="md"
      fullWidth
      aria-labelledby="import-title"
    >
      <DialogTitle id="import-title">从 Excel 导入{definition.title}</DialogTitle>
      <DialogContent dividers>
        <Stepper activeStep={STEP_INDEX[stage.step]} sx={{ mb: 3 }}>
          {STEPS.map((label) => (
            <Step key={label}>
              <StepLabel>{label}</StepLabel>
            </Step>
          ))}
        </Stepper>
        {busy && <LinearProgress sx={{ mb: 2 }} />}
        {error && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error}
          </Alert>
        )}
        {stage.step === 'file' && (
          <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
            <Typography>
              选择一个 .xlsx 文件。第一行应为表头（如“{titleLabel}
              ”“统一社会信用代码”“所属区”），下一步可调整每列对应的字段。
            </Typography>
            <input
              ref={fileInput}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              hidden
              aria-label="选择 Excel 文件"
              onChange={(event) => {
                const file = event.target.files?.[0]
                event.target.value = ''
                if (file) void chooseFile(file)
              }}
            />
            <Button
              variant="contained"
              startIcon={<UploadFileIcon />}
              onClick={() => fileInput.current?.click()}
              disabled={busy}
            >
              选择 Excel 文件
            </Button>
            <Link component="button" type="button" onClick={() => void saveTemplate()}>
              下载导入模板
            </Link>
          </Stack>
        )}
        {stage.step === 'mapping' && (
          <Stack spacing={2}>
            <Typography>
              文件“{stage.fileName}”共{' '}
              {stage.rows.slice(stage.headerRow + 1).filter((row) => !isEmptyRow(row)).length}{' '}
              行数据。请确认每一列对应的字段：
            </Typography>
            <ColumnMappingTable
              kind={definition}
              headers={(stage.rows[stage.headerRow] ?? []).map(cellText)}
              example={stage.rows[stage.headerRow + 1] ?? []}
              mapping={stage.mapping}
              onChange={(mapping) => setStage({ ...stage, mapping })}
            />
          </Stack>
        )}
        {stage.step === 'preview' && (
          <Stack spacing={2}>
            <Alert severity={refusedCount > 0 ? 'warning' : 'success'}>
              共 {stage.checked.length} 行：可导入 {okCount} 行，拒绝 {refusedCount}{' '}
              行。被拒绝的行不会导入，完成后可下载报告。
            </Alert>
            <ImportReportTable
              titleLabel={titleLabel}
              rows={[...stage.checked].sort((a, b) =>
                a.status === b.status ? a.rowNumber - b.rowNumber : a.status === 'refused' ? -1 : 1,
              )}
            />
          </Stack>
        )}
        {stage.step === 'done' && (
          <Stack spacing={2}>
            <Alert severity={stage.refused.length > 0 ? 'warning' : 'success'}>
              已导入 {stage.imported} 条{definition.label}记录
              {stage.refused.length > 0 ? `；${stage.refused.length} 行未导入，原因如下。` : '。'}
            </Alert>
            {stage.refused.length > 0 && (
              <ImportReportTable titleLabel={titleLabel} rows={stage.refused} />
            )}
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        {stage.step === 'mapping' && (
          <>
            <Button onClick={() => setStage({ step: 'file' })} disabled={busy}>
              上一步
            </Button>
            <Box sx={{ flex: 1 }} />
            <Button onClick={close} disabled={busy}>
              取消
            </Button>
            <Button variant="contained" onClick={() => void check(stage)} disabled={busy}>
              下一步
            </Button>
          </>
        )}
        {stage.step === 'preview' && (
          <>
            <Button onClick={() => setStage({ ...stage, step: 'mapping' })} disabled={busy}>
              上一步
            </Button>
            <Box sx={{ flex: 1 }} />
            <Button onClick={close} disabled={busy}>
              取消
            </Button>
            <Button
              variant="contained"
              onClick={() => void importRows(stage)}
              disabled={busy || okCount === 0}
            >
              导入 {okCount} 行
            </Button>
          </>
        )}
        {stage.step === 'done' && (
          <>
            {stage.refused.length > 0 && (
              <Button onClick={() => void saveReport(stage.refused)} disabled={busy}>
                下载未导入行报告
              </Button>
            )}
            <Button variant="contained" onClick={close}>
              完成
            </Button>
          </>
        )}
        {stage.step === 'file' && <Button onClick={close}>取消</Button>}
      </DialogActions>
    </Dialog>
  )
}
