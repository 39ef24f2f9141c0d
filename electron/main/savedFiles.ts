import nodePath from 'node:path'

/**
 * Extensions the operating system would run rather than open in a viewer. Opening is for the
 * documents this app writes (.docx, .xlsx, .pdf, backups); anything runnable is refused even if
 * the app saved it, so a compromised page cannot write a program and then start it.
 */
const EXECUTABLE_EXTENSIONS = new Set(
  [
    // Windows
    'exe com bat cmd msi msp msc scr pif cpl dll ocx sys lnk url hta js jse vbs vbe wsf wsh ws',
    'ps1 psm1 reg inf jar appref-ms application gadget scf chm',
    // Linux (统信UOS, 麒麟) and macOS
    'sh bash zsh csh ksh run bin desktop appimage deb rpm py pl rb app command pkg dmg',
  ].flatMap((line) => line.split(' ').map((extension) => `.${extension}`)),
)

/** True if the file name ends in an extension the system would execute. */
export function isExecutablePath(filePath: string): boolean {
  // Windows ignores trailing dots and spaces: "run.exe. " is run.exe.
  const name = nodePath.basename(filePath).replace(/[. ]+$/, '')
  return EXECUTABLE_EXTENSIONS.has(nodePath.extname(name).toLowerCase())
}

export type OpenCheck =
  { readonly ok: true; readonly path: string } | { readonly ok: false; readonly message: string }

/**
 * The files this app saved during this run. Only these may be opened with the system's default
 * program, so the renderer cannot ask the shell to open arbitrary files on the computer.
 */
export class SavedFiles {
  readonly #paths = new Set<string>()
  readonly #path: Pick<typeof nodePath, 'resolve'>
  readonly #caseInsensitive: boolean

  constructor(
    platform: NodeJS.Platform = process.platform,
    path: Pick<typeof nodePath, 'resolve'> = nodePath,
  ) {
    this.#path = path
    // NTFS and APFS compare names without case; ext4 does not.
    this.#caseInsensitive = platform === 'win32' || platform === 'darwin'
  }

  #key(filePath: string): string {
    const resolved = this.#path.resolve(filePath)
    return this.#caseInsensitive ? resolved.toLowerCase() : resolved
  }

  remember(filePath: string): void {
    this.#paths.add(this.#key(filePath))
  }

  /** Whether filePath may be opened, with a Chinese reason if not. */
  check(filePath: string): OpenCheck {
    if (filePath.includes('\0')) return { ok: false, message: '文件路径无效' }
    if (isExecutablePath(filePath)) {
      return { ok: false, message: '出于安全考虑，协知不打开可执行文件' }
    }
    if (!this.#paths.has(this.#key(filePath))) {
      return { ok: false, message: '只能打开协知本次运行中保存的文件，请先保存该文件' }
    }
    return { ok: true, path: this.#path.resolve(filePath) }
  }
}
