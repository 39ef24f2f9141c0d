import { Alert, Box, LinearProgress, MenuItem, Stack, TextField, Typography } from '@mui/material'
import { useEffect, useRef, useState } from 'react'
import type { DefinitionResult } from '../../../../shared/documents/definition'
import { pathLabel } from '../draft/problems'
import { renderDocumentBytes, renderPages } from './renderDocument'

interface Props {
  /** The validated (debounced) definition; the preview follows it. */
  readonly result: DefinitionResult
  /** The form has changed since `result` was made: an update is on its way. */
  readonly pending: boolean
}

type State =
  | { readonly status: 'rendering' }
  | { readonly status: 'ready'; readonly pages: number; readonly millis: number }
  | { readonly status: 'failed'; readonly message: string }

const ZOOMS = [0.5, 0.65, 0.8, 1] as const

/**
 * The generated .docx shown page by page (docx-preview), rendered again whenever the validated
 * definition changes. When the definition is invalid the old pages are hidden, not dimmed: a
 * stale page must never be taken for the current document.
 */
export function DocumentPreview({ result, pending }: Props) {
  const pagesRef = useRef<HTMLDivElement>(null)
  const [state, setState] = useState<State>({ status: 'rendering' })
  const [zoom, setZoom] = useState<number>(0.65)
  const definition = result.ok ? result.definition : undefined

  useEffect(() => {
    const target = pagesRef.current
    if (!definition || !target) return
    let current = true
    const started = performance.now()
    setState({ status: 'rendering' })
    renderDocumentBytes(definition)
      .then((bytes) => (current ? renderPages(bytes, target, () => current) : undefined))
      .then(
        () => {
          if (!current) return
          const pages = target.querySelectorAll('section.docx').length
          setState({ status: 'ready', pages, millis: Math.round(performance.now() - started) })
        },
        (error: unknown) => {
          if (!current) return
          setState({
            status: 'failed',
            message: error instanceof Error ? error.message : String(error),
          })
        },
      )
    return () => {
      current = false
    }
  }, [definition])

  const invalid = !result.ok
  const busy = !invalid && (pending || state.status === 'rendering')
  return (
    <Stack spacing={1} sx={{ height: '100%', minHeight: 0 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="subtitle1" sx={{ flex: 1 }}>
          预览
        </Typography>
        <Typography variant="body2" color="text.secondary" role="status">
          {invalid
            ? '预览未更新'
            : busy
              ? '正在更新预览…'
              : state.status === 'ready'
                ? `共 ${String(state.pages)} 页`
                : ''}
        </Typography>
        <TextField
          select
          size="small"
          label="缩放"
          value={zoom}
          onChange={(event) => setZoom(Number(event.target.value))}
          sx={{ width: 96 }}
          fullWidth={false}
        >
          {ZOOMS.map((z) => (
            <MenuItem key={z} value={z}>
              {`${String(Math.round(z * 100))}%`}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <LinearProgress sx={{ visibility: busy ? 'visible' : 'hidden' }} />
      {invalid && (
        <Alert severity="warning" sx={{ maxHeight: 320, overflow: 'auto' }}>
          <Typography variant="body2" sx={{ fontWeight: 600, mb: 0.5 }}>
            文档有 {result.problems.length} 处问题，改正后才能预览和保存为 Word：
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {result.problems.map((problem, index) => (
              <li key={`${problem.path}-${String(index)}`}>
                {pathLabel(problem.path)}：{problem.message}
              </li>
            ))}
          </Box>
        </Alert>
      )}
      {state.status === 'failed' && !invalid && (
        <Alert severity="error">无法生成预览：{state.message}</Alert>
      )}
      <Box
        className="xz-print-pages"
        sx={{
          flex: 1,
          minHeight: 0,
          overflow: 'auto',
          bgcolor: '#e7eaee',
          borderRadius: 1,
          display: invalid ? 'none' : 'block',
        }}
      >
        <Box
          ref={pagesRef}
          aria-label="公文预览"
          role="document"
          className="xz-preview-pages"
          sx={{ zoom, '& .docx-wrapper': { bgcolor: 'transparent', p: 2 } }}
        />
      </Box>
    </Stack>
  )
}
