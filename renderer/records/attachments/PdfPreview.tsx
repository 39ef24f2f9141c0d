import { Alert, Box, CircularProgress, Stack, Typography } from '@mui/material'
import { useEffect, useRef, useState } from 'react'

/** Pages drawn at most; a longer PDF says how many more there are. */
const MAX_PAGES = 20
const PAGE_WIDTH = 760

/** The pages of a PDF, drawn with pdf.js (loaded on first use). */
export function PdfPreview({ blob }: { blob: Blob }) {
  const pages = useRef<HTMLDivElement>(null)
  const [state, setState] = useState<
    { step: 'loading' } | { step: 'shown'; total: number } | { step: 'failed' }
  >({ step: 'loading' })

  useEffect(() => {
    const stop = new AbortController()
    const container = pages.current
    void (async () => {
      try {
        const { openPdf, drawPage } = await import('./pdfPages')
        const pdf = await openPdf(await blob.arrayBuffer())
        const shown = Math.min(pdf.numPages, MAX_PAGES)
        for (let number = 1; number <= shown && !stop.signal.aborted && container; number++) {
          const canvas = document.createElement('canvas')
          canvas.setAttribute('aria-label', `第 ${number} 页`)
          canvas.style.display = 'block'
          canvas.style.boxShadow = '0 1px 4px rgba(0,0,0,0.25)'
          container.append(canvas)
          await drawPage(pdf, number, canvas, PAGE_WIDTH)
        }
        if (!stop.signal.aborted) setState({ step: 'shown', total: pdf.numPages })
        await pdf.destroy()
      } catch {
        if (!stop.signal.aborted) setState({ step: 'failed' })
      }
    })()
    return () => {
      stop.abort()
      container?.replaceChildren()
    }
  }, [blob])

  return (
    <Stack spacing={2} sx={{ alignItems: 'center' }}>
      {state.step === 'loading' && <CircularProgress aria-label="正在打开 PDF" />}
      {state.step === 'failed' && (
        <Alert severity="warning">这个 PDF 无法预览，可以下载后用其他软件打开。</Alert>
      )}
      <Box ref={pages} sx={{ display: 'flex', flexDirection: 'column', gap: 2 }} />
      {state.step === 'shown' && state.total > MAX_PAGES && (
        <Typography variant="body2" color="text.secondary">
          共 {state.total} 页，预览显示前 {MAX_PAGES} 页。
        </Typography>
      )}
    </Stack>
  )
}
