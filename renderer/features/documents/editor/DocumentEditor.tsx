import { Box, Grid, Paper, Typography } from '@mui/material'
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react'
import { useBlocker } from 'react-router'
import { validateDefinition, type DefinitionProblem } from '../../../../shared/documents/definition'
import {
  parseDocumentNumber,
  normalizeDocumentNumber,
} from '../../../../shared/documents/documentNumber'
import { ConfirmDialog } from '../../../components/ConfirmDialog'
import { DraftBanner } from '../../../components/drafts/DraftBanner'
import { useFormDraft } from '../../../components/drafts/useFormDraft'
import { useNotify } from '../../../components/Notifier'
import { UnsavedChangesDialog } from '../../../components/UnsavedChangesDialog'
import { useDebouncedValue } from '../../../components/useDebouncedValue'
import { useLiveData } from '../../../data/hooks'
import { parseDefinitionFile } from '../definitionFile/definitionFile'
import {
  draftFromDefinition,
  toDefinitionInput,
  type AttachmentDraft,
  type BlockDraft,
  type DocumentDraft,
} from '../draft/documentDraft'
import { DocumentPreview } from '../preview/DocumentPreview'
import { AttachmentsEditor } from './AttachmentsEditor'
import { BlocksEditor } from './BlocksEditor'
import { AttendanceSection, ImprintSection, SignatureSection } from './ClosingSection'
import { DraftText } from './draftFields'
import { EditorHeader } from './EditorHeader'
import { EditorNotices } from './EditorNotices'
import { HeadSection } from './HeadSection'
import { useDocumentActions } from './useDocumentActions'
import { PREVIEW_DELAY_MS } from '../preview/previewDelay'
import { type DocumentRow } from '../../../data/api'
import type { DocumentSource } from '../useGeneratedDefinition'

interface Props {
  readonly initialDraft: DocumentDraft
  readonly initialPrefix: string
  readonly entry: DocumentRow | undefined
  /** The record a new document is generated from. */
  readonly source?: DocumentSource
  /** The register entry was written (created on the first save or 取号). */
  readonly onStored: (row: DocumentRow) => void
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }} component="section" aria-label={title}>
      <Typography variant="subtitle1" component="h2" sx={{ mb: 2 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  )
}

function useIssuerOptions(): readonly string[] {
  return (
    useLiveData(
      async (api) =>
        (await api.listRecords('org', { offset: 0, limit: 500 })).rows.map((row) => row.name),
      ['org'],
      'issuer-options',
    ).data ?? []
  )
}

const yearOf = (date: string) => {
  const match = /^(\d{4})-\d{2}-\d{2}$/.exec(date.trim())
  return match ? Number(match[1]) : new Date().getFullYear()
}

/**
 * Writing one 公文: the form on the left, the live preview on the right, the commands above.
 * Leaving with changes not saved to the register asks first.
 */
export function DocumentEditor({ initialDraft, initialPrefix, entry, source, onStored }: Props) {
  const [draft, setDraft] = useState(initialDraft)
  const [prefix, setPrefix] = useState(initialPrefix)
  const draftJson = useMemo(() => JSON.stringify(toDefinitionInput(draft)), [draft])
  const [savedJson, setSavedJson] = useState(() =>
    entry ? entry.definition : JSON.stringify(toDefinitionInput(initialDraft)),
  )
  // The blocker reads refs: a save and the navigation after it happen before React re-renders.
  const latestJson = useRef(draftJson)
  const cleanJson = useRef(savedJson)
  useEffect(() => {
    latestJson.current = draftJson
  }, [draftJson])

  const debouncedDraft = useDebouncedValue(draft, PREVIEW_DELAY_MS)
  const result = useMemo(
    () => validateDefinition(toDefinitionInput(debouncedDraft)),
    [debouncedDraft],
  )
  const year = yearOf(draft.date)
  const nextNumber = useLiveData(
    (api) =>
      prefix.trim()
        ? api.peekNextNumber({ prefix: prefix.trim(), year })
        : Promise.resolve(undefined),
    ['document'],
    `${prefix}|${String(year)}`,
  ).data
  const issuerOptions = useIssuerOptions()
  // The register's verdict on the number (held by another entry, voided), as the user types.
  const refusedNumber = useLiveData(
    (api) => api.numberProblem(entry?.id, debouncedDraft.documentNumber, debouncedDraft.format),
    ['document'],
    `${entry?.id ?? ''}|${debouncedDraft.format}|${debouncedDraft.documentNumber}`,
  ).data

  const actions = useDocumentActions({
    draft,
    entry,
    ...(source ? { source } : {}),
    prefix,
    year,
    onStored: (row, json) => {
      cleanJson.current = json
      setSavedJson(json)
      void formDraft.clear()
      onStored(row)
    },
    onNumber: (documentNumber) => {
      const numbered = { ...draft, documentNumber }
      const json = JSON.stringify(toDefinitionInput(numbered))
      latestJson.current = json
      setDraft(numbered)
    },
  })
  const problems = useMemo<DefinitionProblem[]>(
    () => [
      ...(result.ok ? [] : result.problems),
      ...(refusedNumber ? [{ path: 'documentNumber', message: refusedNumber }] : []),
      ...actions.storeProblems,
    ],
    [result, refusedNumber, actions.storeProblems],
  )
  const refusal = result.ok
    ? refusedNumber
    : `文档有 ${String(result.problems.length)} 处问题，改正后才能保存为 Word、打开或打印`
  const dirty = draftJson !== savedJson
  const blocker = useBlocker(() => latestJson.current !== cleanJson.current)
  // What is typed is kept as a draft (as the definition it makes), offered back after a crash.
  const formDraft = useFormDraft({
    key: `document:${entry?.id ?? 'new'}`,
    kind: 'document',
    ...(entry ? { recordId: entry.id } : {}),
    values: () => toDefinitionInput(draft),
    dirty,
  })
  const restoreDraft = () => {
    const found = formDraft.found
    if (!found) return
    setDraft(draftFromDefinition(found.values))
    formDraft.settle()
  }

  const setBody = useCallback(
    (update: (blocks: readonly BlockDraft[]) => BlockDraft[]) =>
      setDraft((d) => ({ ...d, body: update(d.body) })),
    [],
  )
  const setAttachments = useCallback(
    (update: (list: readonly AttachmentDraft[]) => AttachmentDraft[]) =>
      setDraft((d) => ({ ...d, attachments: update(d.attachments) })),
    [],
  )
  const updatePrefix = (next: string) => setPrefix(next)
  // A number typed by hand names its series: 取号 later continues that series.
  const numberPrefix = parseDocumentNumber(normalizeDocumentNumber(draft.documentNumber))?.prefix
  const section = { draft, setDraft, problems }

  const notify = useNotify()

  // 打开定义: a definition file replaces what the form holds, after asking if that was edited.
  const definitionInput = useRef<HTMLInputElement>(null)
  const [openedDefinition, setOpenedDefinition] = useState<{
    readonly name: string
    readonly input: Record<string, unknown>
  } | null>(null)
  const loadDefinition = (name: string, input: Record<string, unknown>) => {
    setOpenedDefinition(null)
    setDraft(draftFromDefinition(input))
    const check = validateDefinition(input)
    notify(
      check.ok
        ? { message: `已打开定义：${name}` }
        : {
            message: `已打开定义：${name}；其中有 ${String(check.problems.length)} 处问题，见预览上方的列表`,
            severity: 'warning',
          },
    )
  }
  const readDefinitionFile = async (file: File) => {
    const read = parseDefinitionFile(file.name, file.size, await file.text())
    if (!read.ok) {
      notify({ message: read.message, severity: 'error' })
      return
    }
    if (dirty || entry) setOpenedDefinition({ name: file.name, input: read.input })
    else loadDefinition(file.name, read.input)
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault()
      void actions.save()
    }
  }

  return (
    <Box onKeyDown={onKeyDown}>
      <EditorHeader
        draft={draft}
        entry={entry}
        dirty={dirty}
        refusal={refusal}
        actions={actions}
        onOpenDefinition={() => definitionInput.current?.click()}
      />
      <input
        ref={definitionInput}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="选择公文定义文件"
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) void readDefinitionFile(file)
        }}
      />
      {formDraft.found && (
        <Box sx={{ mb: 2 }} className="xz-screen-only">
          <DraftBanner
            draft={formDraft.found}
            onRestore={restoreDraft}
            onDiscard={() => void formDraft.clear()}
          />
        </Box>
      )}
      <EditorNotices draft={draft} entry={entry} dirty={dirty} source={source} />
      <Grid container spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Grid size={{ xs: 12, lg: 6 }} className="xz-screen-only">
          <Box sx={{ display: 'grid', gap: 2 }}>
            <Section title="版头">
              <HeadSection
                {...section}
                issuerOptions={issuerOptions}
                numbering={{
                  prefix: numberPrefix ?? prefix,
                  setPrefix: updatePrefix,
                  year,
                  nextNumber,
                  allocate: () => void actions.allocate(),
                  busy: actions.busy !== null,
                }}
              />
            </Section>
            <Section title="标题与主送机关">
              <Box sx={{ display: 'grid', gap: 2 }}>
                <DraftText {...section} field="title" label="标题" required multiline />
                <DraftText
                  {...section}
                  field="mainRecipients"
                  label="主送机关"
                  placeholder="如 各区知识产权局，各有关单位（不加冒号）"
                />
              </Box>
            </Section>
            <Section title="正文">
              <BlocksEditor
                blocks={draft.body}
                update={setBody}
                path="body"
                listLabel="正文"
                problems={problems}
              />
            </Section>
            <Section title="附件">
              <AttachmentsEditor
                attachments={draft.attachments}
                update={setAttachments}
                problems={problems}
              />
            </Section>
            <Section title="落款">
              <SignatureSection {...section} />
            </Section>
            {draft.format === 'minutes' && (
              <Section title="出席人员">
                <AttendanceSection {...section} />
              </Section>
            )}
            <Section title="版记与打印">
              <ImprintSection {...section} />
            </Section>
          </Box>
        </Grid>
        <Grid
          size={{ xs: 12, lg: 6 }}
          sx={{ position: { lg: 'sticky' }, top: { lg: 64 }, height: { lg: 'calc(100vh - 88px)' } }}
        >
          <Paper variant="outlined" sx={{ p: 2, height: { xs: 720, lg: '100%' } }}>
            <DocumentPreview result={result} pending={draft !== debouncedDraft} />
          </Paper>
        </Grid>
      </Grid>
      <ConfirmDialog
        open={openedDefinition !== null}
        title="打开定义"
        message={`用“${openedDefinition?.name ?? ''}”的内容替换当前编辑的公文？替换后保存才会写入发文登记。`}
        confirmLabel="替换"
        onCancel={() => setOpenedDefinition(null)}
        onConfirm={() => {
          if (openedDefinition) loadDefinition(openedDefinition.name, openedDefinition.input)
        }}
      />
      <ConfirmDialog
        open={actions.previewPrint.open}
        title="打印预览"
        message="浏览器只能打印预览中的页面。预览的分页是估算的，可能与 Word 文件不同（换页处、版记的位置）；以 WPS 或 Word 打开保存的 .docx 文件打印的为准。桌面版协知的“打印”会直接交给 WPS 或 Word 打印。"
        confirmLabel="仍打印预览"
        onCancel={actions.previewPrint.cancel}
        onConfirm={actions.previewPrint.confirm}
      />
      <UnsavedChangesDialog
        blocker={blocker}
        onDiscard={() => void formDraft.clear()}
        message="公文中有尚未保存到发文登记的修改，离开后这些修改将丢失。"
      />
    </Box>
  )
}
