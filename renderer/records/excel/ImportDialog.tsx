import UploadFileIcon from '@mui/icons-material/UploadFile'
import {
  Alert,
  AlertTitle,
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
import { useEffect, useMemo, useRef, useState } from 'react'
import { cellText, isEmptyRow, type SheetContents } from '../../../shared/excel/cells'
import {
  autoMapColumns,
  findHeaderRow,
  type ColumnMapping,
} from '../../../shared/excel/columnMapping'
import { recordsToSheet } from '../../../shared/excel/exportRows'
import { importReportSheet } from '../../../shared/excel/importReport'
import {
  importRowSteps,
  uniqueValueSteps,
  type ImportParent,
  type ImportRow,
} from '../../../shared/excel/importRows'
import { formatCount, formatMegabytes, SHEET_LIMITS } from '../../../shared/excel/reader/limits'
import { KINDS, type KindName } from '../../../shared/kinds'
import { fieldMeta, textOf } from '../../../shared/kinds/display'
import { useBusyAction } from '../../components/useBusyAction'
import { userMessage } from '../../data/errors'
import { shell } from '../../shell'
import { ColumnMappingTable } from './ColumnMappingTable'
import { ImportProgress } from './ImportProgress'
import { ImportReportTable } from './ImportReportTable'
import { ImportCancelled, runInSlices } from './runInSlices'
import { readSheetFile, writeSheetFile } from './xlsxFiles'
import { useDataApi, ApplyCancelled, type DataApi } from '../../data/api'

interface Sheet {
  readonly fileName: string
  readonly contents: SheetContents
  readonly headerRow: number
  readonly headers: readonly string[]
  /** Non-empty rows below the header. */
  readonly dataRows: number
}

type Stage =
  | { step: 'file' }
  | { step: 'reading'; fileName: string; fraction: number; rows: number }
  | { step: 'mapping'; sheet: Sheet; mapping: ColumnMapping }
  | { step: 'checking'; sheet: Sheet; mapping: ColumnMapping; fraction: number }
  | { step: 'preview'; sheet: Sheet; mapping: ColumnMapping; checked: ImportRow[] }
  | {
      step: 'writing'
      sheet: Sheet
      mapping: ColumnMapping
      checked: ImportRow[]
      written: number
      total: number
    }
  | { step: 'done'; headers: readonly string[]; imported: number; refused: ImportRow[] }

const STEPS = ['选择文件', '对应列', '预览', '完成']
const STEP_INDEX = {
  file: 0,
  reading: 0,
  mapping: 1,
  checking: 1,
  preview: 2,
  writing: 2,
  done: 3,
} as const

/** A problem shown above the step: a refused file (with its name) or a failed action. */
interface Problem {
  readonly title?: string
  readonly message: string
  readonly severity: 'error' | 'info'
}

/** The parent's children as an import must not repeat them: by their `sameChild` key. */
async function importParent(api: DataApi, kind: KindName, parentId: string): Promise<ImportParent> {
  const definition = KINDS[kind]
  const children = new Map<string, string>()
  for (const row of await api.listChildren(kind, parentId)) {
    const key = definition.sameChild?.(row)
    if (key) children.set(key, textOf(row[definition.titleField]))
  }
  return { id: parentId, children }
}

function sheetOf(fileName: string, contents: SheetContents): Sheet {
  const headerRow = findHeaderRow(contents.rows)
  let dataRows = 0
  for (let i = headerRow + 1; i < contents.rows.length; i++) {
    if (!isEmptyRow(contents.rows[i] ?? [])) dataRows++
  }
  const headers = (contents.rows[headerRow] ?? []).map(cellText)
  return { fileName, contents, headerRow, headers, dataRows }
}

/**
 * Import from .xlsx in four steps: pick a file (read in a worker, with progress and 取消), map its
 * columns (guessed from the headers), see which rows will be imported and which refused and why,
 * then import the good rows in one transaction and keep a report of the refused ones.
 */
export function ImportDialog({
  kind,
  parentId,
  open,
  onClose,
}: {
  kind: KindName
  /** Children imported into this parent (a 报名表 into its 培训), after those already there. */
  parentId?: string
  open: boolean
  onClose: () => void
}) {
  const api = useDataApi()
  const definition = KINDS[kind]
  const [stage, setStage] = useState<Stage>({ step: 'file' })
  const [problem, setProblem] = useState<Problem | null>(null)
  const { busy: busyWith, run } = useBusyAction<'report' | 'template'>({
    onStart: () => setProblem(null),
    onError: (e) => setProblem({ message: userMessage(e), severity: 'error' }),
  })
  const busy = busyWith !== null
  const fileInput = useRef<HTMLInputElement>(null)
  const running = useRef<AbortController | null>(null)
  const titleLabel = fieldMeta(definition, definition.titleField)?.label ?? ''

  // Leaving the page stops a read or check still running.
  useEffect(() => () => running.current?.abort(), [])

  const cancelRunning = () => {
    running.current?.abort()
    running.current = null
  }

  const close = () => {
    cancelRunning()
    setStage({ step: 'file' })
    setProblem(null)
    onClose()
  }

  const chooseFile = async (file: File) => {
    cancelRunning()
    const controller = new AbortController()
    running.current = controller
    setProblem(null)
    setStage({ step: 'reading', fileName: file.name, fraction: 0, rows: 0 })
    try {
      const contents = await readSheetFile(file, {
        signal: controller.signal,
        onProgress: ({ fraction, rows }) => {
          setStage({ step: 'reading', fileName: file.name, fraction, rows })
        },
      })
      const sheet = sheetOf(file.name, contents)
      if (sheet.dataRows === 0 && contents.issues.length === 0) {
        throw new Error('表格中没有数据行')
      }
      setStage({ step: 'mapping', sheet, mapping: autoMapColumns(definition, sheet.headers) })
    } catch (e) {
      setStage({ step: 'file' })
      setProblem(
        e instanceof ImportCancelled
          ? { message: `已取消读取“${file.name}”。`, severity: 'info' }
          : { title: `无法导入“${file.name}”`, message: userMessage(e), severity: 'error' },
      )
    } finally {
      if (running.current === controller) running.current = null
    }
  }

  const check = async (s: Extract<Stage, { step: 'mapping' }>) => {
    if (!s.mapping.includes(definition.titleField)) {
      setProblem({ message: `请为“${titleLabel}”选择对应的列`, severity: 'error' })
      return
    }
    const controller = new AbortController()
    running.current = controller
    setProblem(null)
    const { sheet, mapping } = s
    const progress = (base: number, share: number) => (fraction: number) => {
      setStage({ step: 'checking', sheet, mapping, fraction: base + fraction * share })
    }
    progress(0, 0)(0)
    try {
      const options = { signal: controller.signal }
      const rows = sheet.contents.rows
      const unique = await runInSlices(
        uniqueValueSteps(definition, rows, sheet.headerRow, mapping),
        { ...options, onProgress: progress(0, 0.2) },
      )
      const lookups = new Map<string, Map<string, { id: string; title: string }>>()
      for (const [field, values] of unique) {
        lookups.set(field, await api.findByUniqueValues(kind, field, values))
      }
      const parent = parentId ? await importParent(api, kind, parentId) : undefined
      const checked = await runInSlices(
        importRowSteps(
          definition,
          sheet.contents,
          sheet.headerRow,
          mapping,
          (field, value) => lookups.get(field)?.get(value),
          parent,
        ),
        { ...options, onProgress: progress(0.2, 0.8) },
      )
      if (checked.length === 0) throw new Error('表格中没有数据行')
      setStage({ step: 'preview', sheet, mapping, checked })
    } catch (e) {
      setStage({ step: 'mapping', sheet, mapping })
      if (!(e instanceof ImportCancelled)) {
        setProblem({ message: userMessage(e), severity: 'error' })
      }
    } finally {
      if (running.current === controller) running.current = null
    }
  }

  /** Writes the good rows in one batch; 取消 rolls the whole batch back, so nothing half-imported. */
  const importRows = async (s: Extract<Stage, { step: 'preview' }>) => {
    const controller = new AbortController()
    running.current = controller
    setProblem(null)
    const good = s.checked.filter((row) => row.status === 'ok')
    const { sheet, mapping, checked } = s
    setStage({ step: 'writing', sheet, mapping, checked, written: 0, total: good.length })
    try {
      const options = {
        signal: controller.signal,
        onProgress: (written: number, total: number) => {
          setStage({ step: 'writing', sheet, mapping, checked, written, total })
        },
      }
      const rows = good.flatMap((row) => (row.data ? [row.data] : []))
      await (parentId
        ? api.importChildren(kind, parentId, rows, options)
        : api.importRecords(kind, rows, options))
      setStage({
        step: 'done',
        headers: sheet.headers,
        imported: good.length,
        refused: checked.filter((row) => row.status === 'refused'),
      })
    } catch (e) {
      setStage({ step: 'preview', sheet, mapping, checked })
      setProblem(
        e instanceof ApplyCancelled
          ? { message: '已取消导入，没有写入任何记录。', severity: 'info' }
          : { message: userMessage(e), severity: 'error' },
      )
    } finally {
      if (running.current === controller) running.current = null
    }
  }

  const saveReport = (s: Extract<Stage, { step: 'done' }>) =>
    run('report', async () => {
      const data = await writeSheetFile(importReportSheet(s.headers, s.refused), '未导入的行')
      await shell.saveFile({
        suggestedName: `${definition.title}导入报告.xlsx`,
        filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
        data,
      })
    })

  const saveTemplate = () =>
    run('template', async () => {
      const sheet = recordsToSheet(definition, [])
      const data = await writeSheetFile(sheet, definition.title)
      await shell.saveFile({
        suggestedName: `${definition.title}导入模板.xlsx`,
        filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
        data,
      })
    })

  const checked = stage.step === 'preview' || stage.step === 'writing' ? stage.checked : null
  const preview = useMemo(() => {
    if (!checked) return null
    const ok = checked.filter((r) => r.status === 'ok').length
    // Refused rows first: they are what needs reading.
    const sorted = [...checked].sort((a, b) =>
      a.status === b.status ? a.rowNumber - b.rowNumber : a.status === 'refused' ? -1 : 1,
    )
    return { ok, refused: checked.length - ok, sorted }
  }, [checked])

  const inProgress =
    stage.step === 'reading' || stage.step === 'checking' || stage.step === 'writing'
  const headerIssues =
    stage.step === 'mapping'
      ? stage.sheet.contents.issues.filter((i) => i.row <= stage.sheet.headerRow + 1)
      : []

  return (
    <Dialog
      open={open}
      onClose={inProgress ? cancelRunning : busy ? undefined : close}
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
        {problem && (
          <Alert severity={problem.severity} sx={{ mb: 2 }}>
            {problem.title && <AlertTitle>{problem.title}</AlertTitle>}
            {problem.message}
          </Alert>
        )}
        {stage.step === 'file' && (
          <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
            <Typography>
              选择一个 .xlsx 文件。第一行应为表头（如“{titleLabel}
              ”“统一社会信用代码”“所属区”），下一步可调整每列对应的字段。
            </Typography>
            <Typography variant="body2" color="text.secondary">
              导入上限：文件 {formatMegabytes(SHEET_LIMITS.fileBytes)}，
              {formatCount(SHEET_LIMITS.rows)} 行，{SHEET_LIMITS.columns} 列。只读取第一个工作表。
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
        {stage.step === 'reading' && (
          <ImportProgress
            label={`正在读取“${stage.fileName}”…`}
            detail={stage.rows > 0 ? `已读取 ${formatCount(stage.rows)} 行` : undefined}
            fraction={stage.fraction}
            onCancel={cancelRunning}
          />
        )}
        {stage.step === 'mapping' && (
          <Stack spacing={2}>
            <Typography>
              文件“{stage.sheet.fileName}”共 {stage.sheet.dataRows} 行数据。请确认每一列对应的字段：
            </Typography>
            {headerIssues.length > 0 && (
              <Alert severity="warning">
                表头中有无法读取的单元格：
                {headerIssues.map((i) => `${i.ref}（${i.message}）`).join('；')}
              </Alert>
            )}
            <ColumnMappingTable
              kind={definition}
              headers={stage.sheet.headers}
              example={stage.sheet.contents.rows[stage.sheet.headerRow + 1] ?? []}
              mapping={stage.mapping}
              onChange={(mapping) => setStage({ ...stage, mapping })}
            />
          </Stack>
        )}
        {stage.step === 'checking' && (
          <ImportProgress
            label={`正在检查 ${formatCount(stage.sheet.dataRows)} 行数据…`}
            fraction={stage.fraction}
            onCancel={cancelRunning}
          />
        )}
        {stage.step === 'preview' && preview && (
          <Stack spacing={2}>
            <Alert severity={preview.refused > 0 ? 'warning' : 'success'}>
              共 {stage.checked.length} 行：可导入 {preview.ok} 行，拒绝 {preview.refused}{' '}
              行。被拒绝的行不会导入，完成后可下载报告（含原有各列和原因，改正后可再次导入）。
            </Alert>
            <ImportReportTable titleLabel={titleLabel} rows={preview.sorted} />
          </Stack>
        )}
        {stage.step === 'writing' && (
          <ImportProgress
            label={`正在导入 ${formatCount(stage.total)} 行…`}
            detail={`已写入 ${formatCount(stage.written)} 行。全部写完才生效；取消则一行也不保留。`}
            fraction={stage.total === 0 ? 0 : stage.written / stage.total}
            onCancel={cancelRunning}
          />
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
      {/* While reading or checking, 取消 sits beside the progress bar. */}
      <DialogActions sx={inProgress ? { display: 'none' } : undefined}>
        {stage.step === 'mapping' && (
          <>
            <Button onClick={() => setStage({ step: 'file' })}>上一步</Button>
            <Box sx={{ flex: 1 }} />
            <Button onClick={close}>取消</Button>
            <Button variant="contained" onClick={() => void check(stage)}>
              下一步
            </Button>
          </>
        )}
        {stage.step === 'preview' && preview && (
          <>
            <Button
              onClick={() =>
                setStage({ step: 'mapping', sheet: stage.sheet, mapping: stage.mapping })
              }
              disabled={busy}
            >
              上一步
            </Button>
            <Box sx={{ flex: 1 }} />
            <Button onClick={close} disabled={busy}>
              取消
            </Button>
            <Button
              variant="contained"
              onClick={() => void importRows(stage)}
              disabled={busy || preview.ok === 0}
            >
              导入 {preview.ok} 行
            </Button>
          </>
        )}
        {stage.step === 'done' && (
          <>
            {stage.refused.length > 0 && (
              <Button onClick={() => void saveReport(stage)} disabled={busy}>
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
