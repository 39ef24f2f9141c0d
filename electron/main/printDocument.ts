import { execFile } from 'node:child_process'
import { access, constants } from 'node:fs/promises'
import nodePath from 'node:path'

/**
 * Printing a saved .docx as the file manager's 打印 does: the word processor lays the pages out
 * and prints them, so the paper matches the Word file page for page (the in-app preview only
 * estimates page breaks).
 * - Windows: the file type's registered "print" verb (WPS and Word both register it), through
 *   ShellExecute, with the path passed in an environment variable so no character of it is ever
 *   read as PowerShell syntax.
 * - Linux (统信UOS, 麒麟): LibreOffice's `-p`, which prints to the default printer and exits.
 *   WPS for Linux has no documented print option: without LibreOffice the file is opened in the
 *   default program and the user is told to press Ctrl+P.
 */

export interface PrintOutcomeMessage {
  readonly ok: boolean
  readonly message?: string
}

/** What printing needs from the system, passed in so the logic is tested without it. */
export interface PrintSystem {
  readonly platform: NodeJS.Platform
  /** Runs a program to its end; rejects if it fails or times out. */
  readonly run: (
    file: string,
    args: readonly string[],
    env: Readonly<Record<string, string>>,
  ) => Promise<void>
  /** The full path of a program on PATH, if there is one. */
  readonly find: (command: string) => Promise<string | undefined>
  /** shell.openPath: '' on success, otherwise an error text. */
  readonly openPath: (path: string) => Promise<string>
}

const PATH_VARIABLE = 'XIEZHI_PRINT_FILE'

/** ShellExecute with the "print" verb, the file named by an environment variable. */
const WINDOWS_PRINT_SCRIPT = [
  '$ErrorActionPreference = "Stop"',
  '$info = New-Object System.Diagnostics.ProcessStartInfo',
  `$info.FileName = $env:${PATH_VARIABLE}`,
  '$info.Verb = "print"',
  '$info.UseShellExecute = $true',
  '$info.WindowStyle = [System.Diagnostics.ProcessWindowStyle]::Hidden',
  '[void][System.Diagnostics.Process]::Start($info)',
].join('; ')

export async function printWithWordProcessor(
  path: string,
  system: PrintSystem,
): Promise<PrintOutcomeMessage> {
  const name = nodePath.basename(path)
  if (system.platform === 'win32') {
    try {
      await system.run(
        'powershell.exe',
        ['-NoProfile', '-NonInteractive', '-Command', WINDOWS_PRINT_SCRIPT],
        { [PATH_VARIABLE]: path },
      )
      return { ok: true, message: `已交给 WPS 或 Word 打印“${name}”，请到打印机取件` }
    } catch (error) {
      console.error('[file:print] print verb failed', error)
      return {
        ok: false,
        message:
          '没有找到能打印 Word 文件的程序，请安装 WPS 或 Microsoft Word 后重试，或打开文件后手动打印',
      }
    }
  }
  const office = (await system.find('libreoffice')) ?? (await system.find('soffice'))
  if (office) {
    try {
      await system.run(office, ['-p', path], {})
      return { ok: true, message: `已交给 LibreOffice 打印“${name}”，请到打印机取件` }
    } catch (error) {
      console.error('[file:print] LibreOffice print failed', error)
      return { ok: false, message: '打印失败，请检查打印机，或打开文件后手动打印' }
    }
  }
  const failure = await system.openPath(path)
  if (failure !== '') {
    console.error('[file:print] openPath failed', failure)
    return { ok: false, message: '没有找到能打开 Word 文件的程序，请安装 WPS 后重试' }
  }
  return { ok: true, message: `已用默认程序打开“${name}”，请在其中按 Ctrl+P 打印` }
}

/** A program on PATH that this user may run. */
async function findOnPath(command: string): Promise<string | undefined> {
  for (const folder of (process.env.PATH ?? '').split(nodePath.delimiter)) {
    if (folder === '') continue
    const candidate = nodePath.join(folder, command)
    try {
      await access(candidate, constants.X_OK)
      return candidate
    } catch {
      // not here
    }
  }
  return undefined
}

/** Runs a program without a shell, with a time limit (a stuck print job must not hang a call). */
function runProgram(
  file: string,
  args: readonly string[],
  env: Readonly<Record<string, string>>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      [...args],
      { env: { ...process.env, ...env }, timeout: 120_000, windowsHide: true },
      (error) => (error ? reject(new Error(error.message, { cause: error })) : resolve()),
    )
  })
}

/** The real system, for the Electron side. */
export function nodePrintSystem(openPath: PrintSystem['openPath']): PrintSystem {
  return { platform: process.platform, run: runProgram, find: findOnPath, openPath }
}
