/**
 * The external programs of the layout tests: LibreOffice turns .docx into PDF, poppler reads
 * the PDF back (text boxes, rasters, PNGs for a human to look at).
 */
import { execFile } from 'node:child_process'
import { mkdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parsePpm, type RgbImage } from './ppm'

/**
 * PDF export that keeps the blank pages the word processor inserts (an even-page section break
 * before a 版记), as a printer prints them; LibreOffice's export skips them by default.
 */
const PDF_AS_PRINTED =
  'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}'

interface RunResult {
  readonly stdout: Buffer
  readonly stderr: string
}

function run(command: string, args: readonly string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { encoding: 'buffer', maxBuffer: 512 * 1024 * 1024, timeout: timeoutMs },
      (error, stdout, stderr) => {
        if (error) {
          reject(
            new Error(
              `${command} ${args.join(' ')} failed: ${error.message}\n${stderr.toString()}`,
            ),
          )
          return
        }
        resolve({ stdout, stderr: stderr.toString() })
      },
    )
  })
}

/*
 * One LibreOffice profile per test process: two soffice instances sharing a profile block each
 * other (the second one hands its job to the first and exits, or waits on the lock), and vitest
 * runs two test files at once. Within a process the conversions are queued for the same reason.
 */
const profile = join(tmpdir(), `xiezhi-layout-soffice-${String(process.pid)}`)
let queue: Promise<unknown> = Promise.resolve()

/** Converts a .docx to PDF next to it and returns the PDF's path. */
export function convertToPdf(docxPath: string, outDir: string): Promise<string> {
  const job = queue.then(async () => {
    await mkdir(outDir, { recursive: true })
    // The first start creates the profile and takes several seconds; later ones about 1 s.
    await run(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        PDF_AS_PRINTED,
        '--outdir',
        outDir,
        docxPath,
      ],
      180_000,
    )
    return join(outDir, basename(docxPath).replace(/\.docx$/i, '.pdf'))
  })
  queue = job.catch(() => undefined)
  return job
}

/** Removes this process's LibreOffice profile (it is recreated on the next conversion). */
export async function removeProfile(): Promise<void> {
  await rm(profile, { recursive: true, force: true })
}

export async function pdfTextBoxes(pdfPath: string): Promise<string> {
  return (await run('pdftotext', ['-bbox-layout', pdfPath, '-'], 60_000)).stdout.toString('utf8')
}

export interface RasterOptions {
  readonly dpi: number
  /**
   * Anti-aliasing off gives hard pixel edges, so a rule's thickness is a whole number of
   * pixels that does not depend on the grey threshold.
   */
  readonly antialias?: boolean
  /** Crop in pixels at `dpi`. */
  readonly crop?: {
    readonly x: number
    readonly y: number
    readonly width: number
    readonly height: number
  }
}

/** One page as an RGB image (pdftoppm writes a PPM to stdout when given no output root). */
export async function rasterPage(
  pdfPath: string,
  page: number,
  options: RasterOptions,
): Promise<RgbImage> {
  const args = ['-r', String(options.dpi), '-f', String(page), '-l', String(page)]
  if (options.antialias === false) args.push('-aa', 'no', '-aaVector', 'no')
  if (options.crop) {
    const { x, y, width, height } = options.crop
    args.push(
      '-x',
      String(Math.round(x)),
      '-y',
      String(Math.round(y)),
      '-W',
      String(Math.round(width)),
      '-H',
      String(Math.round(height)),
    )
  }
  args.push(pdfPath)
  return parsePpm(new Uint8Array((await run('pdftoppm', args, 60_000)).stdout))
}

/** Page PNGs for a human to look at: `<root>-1.png`, `<root>-2.png`, … */
export async function writePagePngs(pdfPath: string, root: string): Promise<void> {
  await run('pdftoppm', ['-png', '-r', '60', pdfPath, root], 60_000)
}
