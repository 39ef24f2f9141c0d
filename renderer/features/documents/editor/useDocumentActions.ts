import { useState } from 'react'
import { isIsoDate } from '../../../../shared/documents/chineseDate'
import { validateDefinition, type DefinitionProblem } from '../../../../shared/documents/definition'
import { numberFieldsOf, statusAfterSave } from '../../../../shared/documents/register'
import { errorMessage, useNotify } from '../../../components/Notifier'
import { useDatabase } from '../../../data/DatabaseContext'
import {
  saveDocument,
  takeNumber,
  type DocumentInput,
  type DocumentRow,
} from '../../../data/documentRegister'
import { RecordValidationError } from '../../../data/errors'
import { isElectron, shell } from '../../../shell'
import { toDefinitionInput, type DocumentDraft } from '../draft/documentDraft'
import { documentFileName } from '../fileName'
import { renderDocumentBytes } from '../preview/renderDocument'

/** The register entry's fields for a draft (the definition itself is stored as JSON). */
function entryInput(
  draft: DocumentDraft,
  entry: DocumentRow | undefined,
  issued: boolean,
  fileName?: string,
): DocumentInput {
  const numbered = numberFieldsOf(draft.documentNumber, draft.format).sequence > 0
  return {
    title: draft.title.trim(),
    documentNumber: draft.documentNumber,
    format: draft.format,
    // A draft may hold a half-typed date; the register keeps only a well-formed one.
    date: isIsoDate(draft.date.trim()) ? draft.date.trim() : '',
    status: statusAfterSave(entry?.status, numbered, issued),
    definition: JSON.stringify(toDefinitionInput(draft)),
    fileName: fileName ?? entry?.fileName ?? '',
  }
}

export interface SavedFile {
  readonly path: string
  readonly fileName: string
}

interface Options {
  readonly draft: DocumentDraft
  readonly entry: DocumentRow | undefined
  readonly prefix: string
  readonly year: number
  /** After any write: the stored row and the definition JSON it holds (now the clean state). */
  readonly onStored: (row: DocumentRow, definitionJson: string) => void
  /** 取号 gave a number: put it in the form. */
  readonly onNumber: (documentNumber: string) => void
}

/**
 * The editor's commands: 保存 (to the register), 取号, 保存为 Word (through the shell's save
 * dialog, then registered as 已用), 打开 the saved file, 打印 the preview. Problems the data
 * layer finds (a number already taken) are returned as `storeProblems` for the fields.
 */
export function useDocumentActions({ draft, entry, prefix, year, onStored, onNumber }: Options) {
  const db = useDatabase()
  const notify = useNotify()
  const [busy, setBusy] = useState<string | null>(null)
  const [savedFile, setSavedFile] = useState<SavedFile | null>(null)
  const [storeProblems, setStoreProblems] = useState<{
    readonly draft: DocumentDraft
    readonly problems: readonly DefinitionProblem[]
  } | null>(null)

  const run = async (label: string, task: () => Promise<void>) => {
    if (busy) return
    setBusy(label)
    setStoreProblems(null)
    try {
      await task()
    } catch (error) {
      if (error instanceof RecordValidationError) {
        setStoreProblems({ draft, problems: error.issues })
        notify({ message: error.issues.map((i) => i.message).join('；'), severity: 'error' })
      } else {
        notify({ message: errorMessage(error), severity: 'error' })
      }
    } finally {
      setBusy(null)
    }
  }

  const store = async (issued: boolean, fileName?: string) => {
    const input = entryInput(draft, entry, issued, fileName)
    const row = await saveDocument(db, entry?.id, input)
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
      const row = await takeNumber(
        db,
        entry?.id,
        { prefix: prefix.trim(), year },
        (documentNumber) => {
          const input = entryInput({ ...draft, documentNumber }, entry, false)
          definitionJson = input.definition
          return input
        },
      )
      onNumber(row.documentNumber)
      onStored(row, definitionJson)
      notify({ message: `已取号并预留：${row.documentNumber}` })
    })

  const saveAsWord = () =>
    run('word', async () => {
      const result = validateDefinition(toDefinitionInput(draft))
      if (!result.ok) {
        notify({
          message: `文档有 ${String(result.problems.length)} 处问题，请先改正（见预览上方的列表）`,
          severity: 'error',
        })
        return
      }
      const data = await renderDocumentBytes(result.definition)
      const saved = await shell.saveFile({
        suggestedName: documentFileName(draft.documentNumber, draft.title),
        filters: [{ name: 'Word 文档', extensions: ['docx'] }],
        data,
      })
      if (saved.status === 'canceled') return
      setSavedFile({ path: saved.path, fileName: saved.fileName })
      const row = await store(true, saved.fileName)
      notify({
        message: `已保存为 Word：${saved.fileName}${row.documentNumber ? `，已登记 ${row.documentNumber}` : '，已登记'}`,
      })
    })

  const open = () =>
    run('open', async () => {
      if (!savedFile) return
      const result = await shell.openFile({ path: savedFile.path })
      if (!result.ok) notify({ message: result.message ?? '无法打开文件', severity: 'error' })
    })

  const print = () =>
    run('print', async () => {
      const result = await shell.print({})
      if (!result.ok) notify({ message: result.message ?? '无法打印', severity: 'error' })
    })

  return {
    busy,
    savedFile,
    canOpen: isElectron && savedFile !== null,
    storeProblems: storeProblems?.draft === draft ? storeProblems.problems : [],
    save,
    allocate,
    saveAsWord,
    open,
    print,
  }
}
