import { useState } from 'react'
import { isIsoDate } from '../../../../shared/documents/chineseDate'
import {
  validateDefinition,
  type DefinitionProblem,
  type DocumentDefinition,
} from '../../../../shared/documents/definition'
import { statusAfterSave } from '../../../../shared/documents/register'
import { useNotify } from '../../../components/Notifier'
import { useBusyAction } from '../../../components/useBusyAction'
import { RecordValidationError, userMessage } from '../../../data/errors'
import { isElectron, shell } from '../../../shell'
import { definitionFileBytes } from '../definitionFile/definitionFile'
import { toDefinitionInput, type DocumentDraft } from '../draft/documentDraft'
import { documentFileName } from '../fileName'
import { useDataApi, type DocumentInput, type DocumentRow } from '../../../data/api'
import { renderDocumentBytes } from '../preview/renderDocument'
import type { DocumentSource } from '../useGeneratedDefinition'

/** The register entry's fields for a draft (the definition itself is stored as JSON). */
function entryInput(
  draft: DocumentDraft,
  entry: DocumentRow | undefined,
  issued: boolean,
  fileName?: string,
  source?: DocumentSource,
): DocumentInput {
  return {
    // A generated document is linked to its record when its entry is created.
    ...(entry === undefined && source ? { sourceKind: source.kind, sourceId: source.id } : {}),
    title: draft.title.trim(),
    documentNumber: draft.documentNumber,
    format: draft.format,
    // A draft may hold a half-typed date; the register keeps only a well-formed one.
    date: isIsoDate(draft.date.trim()) ? draft.date.trim() : '',
    status: statusAfterSave(entry?.status, issued),
    definition: JSON.stringify(toDefinitionInput(draft)),
    fileName: fileName ?? entry?.fileName ?? '',
  }
}

export interface SavedFile {
  readonly path: string
  readonly fileName: string
  /** The definition JSON the file was made from: the file is current while the draft equals it. */
  readonly definitionJson: string
}

interface Options {
  readonly draft: DocumentDraft
  readonly entry: DocumentRow | undefined
  readonly source?: DocumentSource
  readonly prefix: string
  readonly year: number
  /** After any write: the stored row and the definition JSON it holds (now the clean state). */
  readonly onStored: (row: DocumentRow, definitionJson: string) => void
  /** 取号 gave a number: put it in the form. */
  readonly onNumber: (documentNumber: string) => void
}

/** The editor's commands, as the busy state names them. */
type ActionLabel = 'save' | 'allocate' | 'word' | 'open' | 'print' | 'export'

/** Thrown inside a command to stop it with a message for the user. */
class Refusal extends Error {}

/**
 * The editor's commands: 保存 (to the register), 取号, 保存为 Word (through the shell's save
 * dialog, then registered as 已用), 打开 the saved file, 打印. A document whose definition has
 * problems, or whose 发文字号 the register refuses (held by another entry, voided), never reaches
 * a file: 保存为 Word, 打开 and 打印 say why and stop. Problems the data layer finds are returned
 * as `storeProblems` for the fields.
 */
export function useDocumentActions({
  draft,
  entry,
  source,
  prefix,
  year,
  onStored,
  onNumber,
}: Options) {
  const api = useDataApi()
  const notify = useNotify()
  const [savedFile, setSavedFile] = useState<SavedFile | null>(null)
  /** The browser's print of the preview waits for the user to read what it is. */
  const [previewPrintAsked, setPreviewPrintAsked] = useState(false)
  const [storeProblems, setStoreProblems] = useState<{
    readonly draft: DocumentDraft
    readonly problems: readonly DefinitionProblem[]
  } | null>(null)
  const draftJson = JSON.stringify(toDefinitionInput(draft))

  const { busy, run } = useBusyAction<ActionLabel>({
    onStart: () => setStoreProblems(null),
    onError: (error) => {
      if (error instanceof RecordValidationError) {
        setStoreProblems({ draft, problems: error.issues })
        notify({ message: error.issues.map((i) => i.message).join('；'), severity: 'error' })
      } else {
        // A refusal's message is already written for the user.
        notify({
          message: error instanceof Refusal ? error.message : userMessage(error),
          severity: 'error',
        })
      }
    },
  })

  /** The valid definition of the draft, or a refusal naming the first reason it cannot be output. */
  const outputDefinition = async (): Promise<DocumentDefinition> => {
    const result = validateDefinition(toDefinitionInput(draft))
    if (!result.ok) {
      throw new Refusal(
        `文档有 ${String(result.problems.length)} 处问题，请先改正（见预览上方的列表）`,
      )
    }
    const problem = await api.numberProblem(entry?.id, draft.documentNumber, draft.format)
    if (problem) {
      setStoreProblems({ draft, problems: [{ path: 'documentNumber', message: problem }] })
      throw new Refusal(problem)
    }
    return result.definition
  }

  /** Writes the draft to its entry (`current`: the entry as last stored, if any). */
  const store = async (issued: boolean, fileName?: string, current = entry) => {
    const input = entryInput(draft, current, issued, fileName, source)
    const row = await api.saveDocument(current?.id, input)
    onStored(row, input.definition)
    return row
  }

  const save = () =>
    run('save', async () => {
      const row = await store(false)
      notify({
        message: `已保存到发文登记${row.documentNumber ? `（${row.documentNumber}）` : ''}`,
      })
    })

  const allocate = () =>
    run('allocate', async () => {
      let definitionJson = ''
      const row = await api.takeNumber(
        entry?.id,
        { prefix: prefix.trim(), year },
        (documentNumber) => {
          const input = entryInput({ ...draft, documentNumber }, entry, false, undefined, source)
          definitionJson = input.definition
          return input
        },
      )
      onNumber(row.documentNumber)
      onStored(row, definitionJson)
      notify({ message: `已取号：${row.documentNumber}（本公文占用此号）` })
    })

  /** Saves the draft as a .docx and registers it; undefined when the user cancelled the dialog. */
  const writeWord = async (): Promise<SavedFile | undefined> => {
    const definition = await outputDefinition()
    // The entry holds its number before any file exists, so no other window can take it meanwhile.
    const held = await store(false)
    const saved = await shell.saveFile({
      suggestedName: documentFileName(draft.documentNumber, draft.title),
      filters: [{ name: 'Word 文档', extensions: ['docx'] }],
      data: await renderDocumentBytes(definition),
    })
    if (saved.status === 'canceled') return undefined
    const file = { path: saved.path, fileName: saved.fileName, definitionJson: draftJson }
    setSavedFile(file)
    const row = await store(true, saved.fileName, held)
    notify({
      message: `已保存为 Word：${saved.fileName}${row.documentNumber ? `，已登记 ${row.documentNumber}` : ''}`,
    })
    return file
  }

  const saveAsWord = () =>
    run('word', async () => {
      await writeWord()
    })

  const open = () =>
    run('open', async () => {
      if (!savedFile) return
      await outputDefinition()
      const result = await shell.openFile({ path: savedFile.path })
      if (!result.ok) throw new Refusal(result.message ?? '无法打开文件')
    })

  /**
   * In the desktop app the saved .docx itself is printed by the system's word processor, so the
   * paper matches the Word file page for page; a draft changed since it was saved is saved first.
   * A browser can only print the preview, whose page breaks are estimated: the user is told so.
   */
  const print = () =>
    run('print', async () => {
      await outputDefinition()
      if (!isElectron) {
        setPreviewPrintAsked(true)
        return
      }
      const file = savedFile?.definitionJson === draftJson ? savedFile : await writeWord()
      if (!file) return
      const result = await shell.printFile({ path: file.path })
      if (!result.ok) throw new Refusal(result.message ?? '无法打印')
      notify({ message: `已交给 ${result.message ?? '文字处理软件'} 打印：${file.fileName}` })
    })

  /** 导出定义: the draft as the JSON `npm run gongwen -- render` turns into the same .docx. */
  const exportDefinition = () =>
    run('export', async () => {
      const input = toDefinitionInput(draft)
      const saved = await shell.saveFile({
        suggestedName: documentFileName(draft.documentNumber, draft.title).replace(
          /\.docx$/,
          '.json',
        ),
        filters: [{ name: '公文定义（JSON）', extensions: ['json'] }],
        data: definitionFileBytes(input),
      })
      if (saved.status === 'canceled') return
      const result = validateDefinition(input)
      notify(
        result.ok
          ? { message: `已导出定义：${saved.fileName}` }
          : {
              message: `已导出定义：${saved.fileName}；其中有 ${String(result.problems.length)} 处问题，生成 Word 前须改正`,
              severity: 'warning',
            },
      )
    })

  const printPreview = () => {
    setPreviewPrintAsked(false)
    void run('print', async () => {
      const result = await shell.print({})
      if (!result.ok) throw new Refusal(result.message ?? '无法打印')
    })
  }

  return {
    busy,
    savedFile,
    /** The saved file still holds what the form shows. */
    savedFileCurrent: savedFile !== null && savedFile.definitionJson === draftJson,
    canOpen: isElectron && savedFile !== null,
    storeProblems: storeProblems?.draft === draft ? storeProblems.problems : [],
    save,
    allocate,
    saveAsWord,
    open,
    print,
    exportDefinition,
    previewPrint: {
      open: previewPrintAsked,
      confirm: printPreview,
      cancel: () => setPreviewPrintAsked(false),
    },
  }
}
