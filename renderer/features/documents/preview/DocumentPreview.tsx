import {
  Alert,
  Box,
  GlobalStyles,
  LinearProgress,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material'
import { useEffect, useRef, useState } from 'react'
import type { DefinitionResult } from '../../../../shared/documents/definition'
import { pathLabel } from '../draft/problems'
import { renderDocumentBytes, renderPages } from './renderDocument'
import { PREVIEW_FONT_FACES } from './previewFonts'

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
/** An A4 sheet (210 mm at 96 dpi) with the wrapper's padding on both sides. */
const SHEET_WIDTH_PX = 794 + 32

/** The zoom at which a sheet fits the width of `element`, followed as the window is resized. */
function useFitZoom(element: HTMLElement | null): number {
  const [zoom, setZoom] = useState(0.65)
  useEffect(() => {
    if (!element) return
    const observer = new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0
      if (width > 0) setZoom(Math.min(1, Math.max(0.3, (width - 16) / SHEET_WIDTH_PX)))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [element])
  return zoom
}

/**
 * The generated .docx shown page by page (docx-preview), rendered again whenever the validated
 * definition changes. When the definition is invalid the old pages are hidden, not dimmed: a
 * stale page must never be taken for the current document.
 */
export function DocumentPreview({ result, pending }: Props) {
  const pagesRef = useRef<HTMLDivElement>(null)
  const [viewport, setViewport] = useState<HTMLDivElement | null>(null)
  const [state, setState] = useState<State>({ status: 'rendering' })
  const [zoomChoice, setZoomChoice] = useState<'fit' | number>('fit')
  const fitZoom = useFitZoom(viewport)
  const zoom = zoomChoice === 'fit' ? fitZoom : zoomChoice
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
        (pages) => {
          if (!current || pages === undefined) return
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
      <GlobalStyles styles={PREVIEW_FONT_FACES} />
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
                ? `约 ${String(state.pages)} 页（分页为估算，以 WPS/Word 为准）`
                : ''}
        </Typography>
        <TextField
          select
          size="small"
          label="缩放"
          value={zoomChoice}
          onChange={(event) =>
            setZoomChoice(event.target.value === 'fit' ? 'fit' : Number(event.target.value))
          }
          sx={{ width: 112 }}
          fullWidth={false}
        >
          <MenuItem value="fit">适合宽度</MenuItem>
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
        ref={setViewport}
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
          // How long the last render took (engine + docx-preview + pagination), for measurements.
          data-render-ms={state.status === 'ready' ? state.millis : undefined}
          sx={{ zoom, '& .docx-wrapper': { bgcolor: 'transparent', p: 2 } }}
        />
      </Box>
    </Stack>
  )
}
