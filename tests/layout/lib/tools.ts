/**
 * The external programs of the layout tests: LibreOffice turns .docx into PDF, poppler reads
 * the PDF back (text boxes, rasters, PNGs for a human to look at).
 */
import { execFile } from 'node:child_process'
import { access, cp, mkdir, rm } from 'node:fs/promises'
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
 * The profile starts as a copy of the one the suite's warm-up conversion made (warmUp.ts), so no
 * two first starts build a profile and the font cache at the same time: on a machine where
 * LibreOffice was just installed, that crashed soffice (WrappedTargetRuntimeException, signal 6).
 */
const profile = join(tmpdir(), `xiezhi-layout-soffice-${String(process.pid)}`)
let queue: Promise<unknown> = Promise.resolve()

/** The environment variable naming the warmed-up profile to copy (set by warmUp.ts). */
export const TEMPLATE_PROFILE_VARIABLE = 'XIEZHI_SOFFICE_TEMPLATE_PROFILE'

/** Converts with a given profile folder; the PDF lands in `outDir` beside the .docx's name. */
export async function sofficeToPdf(
  profileDir: string,
  docxPath: string,
  outDir: string,
): Promise<string> {
  await mkdir(outDir, { recursive: true })
  // The first start in a profile takes several seconds; later ones about 1 s.
  await run(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(profileDir).href}`,
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
  const pdfPath = join(outDir, basename(docxPath).replace(/\.docx$/i, '.pdf'))
  // soffice can exit 0 having written nothing when it crashed while loading the document.
  await access(pdfPath)
  return pdfPath
}

/**
 * Runs `attempt` and, if it fails, once more after `reset` (a fresh profile); the second failure
 * is the one reported, with the first beside it.
 */
export async function retryOnce<T>(
  attempt: () => Promise<T>,
  reset: () => Promise<void>,
): Promise<T> {
  try {
    return await attempt()
  } catch (first) {
    await reset()
    try {
      return await attempt()
    } catch (second) {
      throw new Error(
        `${second instanceof Error ? second.message : String(second)}\n(first attempt: ${first instanceof Error ? first.message : String(first)})`,
        { cause: second },
      )
    }
  }
}

async function ensureProfile(): Promise<void> {
  const template = process.env[TEMPLATE_PROFILE_VARIABLE]
  if (!template) return
  try {
    await access(profile)
  } catch {
    await cp(template, profile, { recursive: true })
  }
}

/** Converts a .docx to PDF next to it and returns the PDF's path. */
export function convertToPdf(docxPath: string, outDir: string): Promise<string> {
  const job = queue.then(() =>
    retryOnce(
      async () => {
        await ensureProfile()
        return sofficeToPdf(profile, docxPath, outDir)
      },
      // A crashed soffice can leave a broken profile behind: the retry starts from an empty one.
      async () => {
        await removeProfile()
        await mkdir(profile, { recursive: true })
      },
    ),
  )
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

/** A picture placed in a PDF, as `pdfimages -list` reports it (soft masks left out). */
export interface PdfImage {
  readonly page: number
  readonly width: number
  readonly height: number
  /** Pixels an inch as placed on the page. */
  readonly xPpi: number
  readonly yPpi: number
}

export async function pdfImages(pdfPath: string): Promise<PdfImage[]> {
  const listing = (await run('pdfimages', ['-list', pdfPath], 60_000)).stdout.toString('utf8')
  return listing
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((cells) => cells[2] === 'image')
    .map((cells) => ({
      page: Number(cells[0]),
      width: Number(cells[3]),
      height: Number(cells[4]),
      xPpi: Number(cells[12]),
      yPpi: Number(cells[13]),
    }))
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
