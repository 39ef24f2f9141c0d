import nodePath from 'node:path'
import { appFileExtensionOf, type AppFileExtension } from '../../shared/files/appFileTypes'

/**
 * The app file type of a path (.docx, .xlsx, .pdf, .json, backups, exchange packages), or null.
 * An allow-list, not a list of dangerous types: Windows alone runs or loads dozens of kinds of
 * file (.xll, .docm, .iso, .library-ms, .website, …) and a page that chose the name could pick
 * any one the list forgot. Either separator ends the folder part, whatever the platform.
 */
export function appFileTypeOfPath(filePath: string): AppFileExtension | null {
  const name = filePath.slice(Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\')) + 1)
  return appFileExtensionOf(name)
}

export type OpenCheck =
  { readonly ok: true; readonly path: string } | { readonly ok: false; readonly message: string }

export const NOT_AN_APP_FILE_MESSAGE =
  '出于安全考虑，协知只打开它自己生成的文件（Word、Excel、PDF、JSON、协知备份或交换包）'

/**
 * The files this app saved during this run. Only these may be opened with the system's default
 * program, and only if they are of a type 协知 writes, so the renderer can neither open
 * arbitrary files on the computer nor start a file it saved under a crafted name.
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
    // The type of what would really be opened, after "..", "." and trailing separators.
    const resolved = this.#path.resolve(filePath)
    if (appFileTypeOfPath(filePath) === null || appFileTypeOfPath(resolved) === null) {
      return { ok: false, message: NOT_AN_APP_FILE_MESSAGE }
    }
    if (!this.#paths.has(this.#key(filePath))) {
      return { ok: false, message: '只能打开协知本次运行中保存的文件，请先保存该文件' }
    }
    return { ok: true, path: resolved }
  }
}
