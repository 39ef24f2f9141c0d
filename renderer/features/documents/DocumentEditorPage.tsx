import { Alert, Button, CircularProgress, GlobalStyles } from '@mui/material'
import { useEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import {
  Link as RouterLink,
  useLocation,
  useNavigate,
  useParams,
  useSearchParams,
} from 'react-router'
import { parseDocumentNumber } from '../../../shared/documents/documentNumber'
import { templateById, type TemplateContext } from '../../../shared/documents/templates'
import { useRecord } from '../../data/hooks'
import { draftFromDefinition, type DocumentDraft } from './draft/documentDraft'
import { DocumentEditor } from './editor/DocumentEditor'
import { DOCUMENTS_PATH, editorPath } from './paths'
import { TemplatePicker } from './TemplatePicker'
import { VoidedNotice } from './VoidedNotice'
import { PageHeader } from '../../components/PageHeader'
import { useTemplateContext } from './useTemplateContext'
import {
  useGeneratedDefinition,
  type DocumentSource,
  type Generated,
  type GenerationRequest,
} from './useGeneratedDefinition'
import { type DocumentRow } from '../../data/api'

/** Printing shows only the preview's pages, at full size, one sheet each. */
const PRINT_STYLES = (
  <GlobalStyles
    styles={{
      '@media print': {
        '@page': { size: 'A4', margin: 0 },
        'html, body': { background: 'none !important' },
        'body *': { visibility: 'hidden' },
        '.xz-screen-only, header, nav': { display: 'none !important' },
        '.xz-print-pages, .xz-print-pages *': { visibility: 'visible' },
        '.xz-print-pages': {
          position: 'absolute',
          left: 0,
          top: 0,
          overflow: 'visible !important',
          background: 'none !important',
        },
        '.xz-preview-pages': { zoom: '1 !important' },
        '.xz-print-pages .docx-wrapper': { padding: '0 !important', background: 'none !important' },
        '.xz-print-pages section.docx': {
          margin: '0 !important',
          boxShadow: 'none !important',
          breakAfter: 'page',
        },
      },
    }}
  />
)

interface Start {
  readonly draft: DocumentDraft
  readonly prefix: string
  /** The record a new document is generated from, linked when the entry is created. */
  readonly source?: DocumentSource
}

/** Where a session starts: the stored definition, or a template (with a reserved number's fields). */
function startOf(
  entry: DocumentRow | undefined,
  templateId: string | null,
  context: TemplateContext,
  generated: Generated,
): Start | undefined {
  if (!entry && generated.state === 'ready') {
    return {
      draft: draftFromDefinition(generated.definition),
      prefix: templateById(generated.template)?.prefix(context.issuer) ?? '',
      ...(generated.source ? { source: generated.source } : {}),
    }
  }
  const template = templateId ? templateById(templateId) : undefined
  // A voided number is never written on.
  if (entry?.status === 'void' && entry.definition === '') return undefined
  if (entry && entry.definition !== '') {
    let stored: unknown = {}
    try {
      stored = JSON.parse(entry.definition)
    } catch {
      stored = {}
    }
    return { draft: draftFromDefinition(stored), prefix: entry.prefix }
  }
  if (!template) return undefined
  const built = draftFromDefinition(template.build(context))
  const draft = entry
    ? {
        ...built,
        documentNumber: entry.documentNumber,
        title: entry.title || built.title,
        date: entry.date || built.date,
      }
    : built
  const prefix =
    parseDocumentNumber(draft.documentNumber)?.prefix ?? template.prefix(context.issuer)
  return { draft, prefix }
}

interface SessionProps {
  readonly initialId: string | undefined
  readonly templateId: string | null
  readonly generation: GenerationRequest
  readonly onCreated: (id: string) => void
}

/** One editing session: loads the entry or template once, then the editor owns the draft. */
function EditorSession({ initialId, templateId, generation, onCreated }: SessionProps) {
  const [entryId, setEntryId] = useState(initialId)
  // The entry this session writes: a save that finishes late (保存为 Word after its dialog) reads
  // it here, not from the render it started in, or it would adopt the entry a second time.
  const ownEntry = useRef(initialId)
  const mounted = useRef(true)
  useEffect(
    () => () => {
      mounted.current = false
    },
    [],
  )
  const [lastStored, setLastStored] = useState<DocumentRow | undefined>(undefined)
  const live = useRecord('document', entryId)
  const context = useTemplateContext()
  const generated = useGeneratedDefinition(generation, context)
  const [start, setStart] = useState<Start | undefined>(undefined)
  const entry = live.data ?? (lastStored?.id === entryId ? lastStored : undefined)

  // The starting point is fixed once, when the entry and the settings are known; later changes to
  // the stored entry (our own saves) must not reset what is being typed.
  const ready =
    context !== undefined &&
    (initialId === undefined || !live.loading) &&
    generated.state !== 'loading'
  if (start === undefined && ready) {
    const computed = startOf(live.data, templateId, context, generated)
    if (computed) setStart(computed)
  }

  if (!start) {
    if (initialId !== undefined && !live.loading && !live.data) {
      return (
        <Alert
          severity="warning"
          action={
            <Button component={RouterLink} to={DOCUMENTS_PATH}>
              返回发文登记
            </Button>
          }
        >
          该公文不存在或已被删除。
        </Alert>
      )
    }
    if (!ready) return <CircularProgress aria-label="正在读取" />
    if (generated.state === 'failed') {
      return (
        <Alert
          severity="error"
          action={
            <Button component={RouterLink} to={DOCUMENTS_PATH}>
              返回发文登记
            </Button>
          }
        >
          {generated.message}
        </Alert>
      )
    }
    if (live.data?.status === 'void') {
      return (
        <>
          <PageHeader
            title={live.data.documentNumber}
            crumbs={[{ label: '公文', to: DOCUMENTS_PATH }]}
          />
          <VoidedNotice entry={live.data} />
        </>
      )
    }
    // A reserved number without a document yet, or /new without a template: choose one.
    return <TemplatePicker entryId={live.data?.id} documentNumber={live.data?.documentNumber} />
  }
  // From here on the editor stays mounted (even while the entry it just created is read).
  return (
    <>
      {PRINT_STYLES}
      <DocumentEditor
        initialDraft={start.draft}
        initialPrefix={start.prefix}
        {...(start.source ? { source: start.source } : {})}
        entry={entry}
        onStored={(row) => {
          setLastStored(row)
          if (row.id !== ownEntry.current) {
            ownEntry.current = row.id
            setEntryId(row.id)
            // Only while the editor is shown: the user may have gone elsewhere meanwhile.
            if (mounted.current) onCreated(row.id)
          }
        }}
      />
    </>
  )
}

/**
 * /documents/new?template=…, ?generator=…&source=… (a record's document), ?report=…&list=… (a
 * list's) and /documents/:id. When the first save creates the entry the URL becomes
 * /documents/:id without remounting the editor, so nothing typed is lost.
 */
export function DocumentEditorPage() {
  const { id = 'new' } = useParams()
  const [params] = useSearchParams()
  const location = useLocation()
  const navigate = useNavigate()
  const [adopted, setAdopted] = useState<{ from: string; to: string } | null>(null)
  const ownKey = id === 'new' ? `new-${location.key}` : id
  const sessionKey = adopted?.to === id ? adopted.from : ownKey
  return (
    <EditorSession
      key={sessionKey}
      initialId={id === 'new' ? undefined : id}
      templateId={params.get('template')}
      generation={{
        generator: params.get('generator'),
        source: params.get('source'),
        report: params.get('report'),
        list: params.get('list') ?? '',
      }}
      onCreated={(created) => {
        // Commit the adoption before the URL changes: rendering the new URL with the old state
        // even once would remount the editor and lose what is being typed.
        flushSync(() => setAdopted({ from: sessionKey, to: created }))
        void navigate(editorPath(created), { replace: true })
      }}
    />
  )
}
