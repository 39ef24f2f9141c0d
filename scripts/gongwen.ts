/**
 * The 公文 command line: renders document definitions to GB/T 9704-2012 .docx files, or checks
 * them. A thin shell over shared/documents: it reads and writes files, the engine does the rest.
 * Exit codes: 0 success, 1 invalid definition, 2 file or usage errors.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  describeProblems,
  validateDefinition,
  type DocumentDefinition,
} from '../shared/documents/definition'
import { renderDocx } from '../shared/documents/render'
import { outputPath, parseArgs, UsageError, USAGE, type GongwenCommand } from './gongwen/args'
import { rasterizeSvg } from './gongwen/rasterizeSvg'
import { writeDocument } from './gongwen/writeDocument'

const EXIT = { ok: 0, invalid: 1, file: 2 } as const

function fail(message: string): void {
  process.stderr.write(`${message}\n`)
}

async function load(path: string): Promise<{ definition?: DocumentDefinition; exit: number }> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    fail(`${path}: 无法读取文件（${(error as NodeJS.ErrnoException).code ?? String(error)}）`)
    return { exit: EXIT.file }
  }
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    fail(`${path}: 不是有效的 JSON（${(error as Error).message}）`)
    return { exit: EXIT.invalid }
  }
  const result = validateDefinition(json)
  if (!result.ok) {
    fail(`${path}: 定义有 ${String(result.problems.length)} 处错误：`)
    fail(describeProblems(result.problems).replace(/^/gm, '  '))
    return { exit: EXIT.invalid }
  }
  return { definition: result.definition, exit: EXIT.ok }
}

async function run(command: GongwenCommand): Promise<number> {
  if (command.command === 'help') {
    process.stdout.write(`${USAGE}\n`)
    return EXIT.ok
  }
  let exit: number = EXIT.ok
  for (const input of command.inputs) {
    const loaded = await load(input)
    exit = Math.max(exit, loaded.exit)
    if (!loaded.definition) continue
    if (command.command === 'check') {
      process.stdout.write(`${input}: 定义正确\n`)
      continue
    }
    const target = outputPath(input, command.output, join)
    let bytes: Uint8Array
    try {
      bytes = await renderDocx(loaded.definition, { rasterize: rasterizeSvg })
    } catch (error) {
      // A valid definition should always render: this is a fault of the engine, said as such.
      fail(
        `${input}: 生成失败（${error instanceof Error ? error.message : String(error)}），请报告此问题`,
      )
      exit = Math.max(exit, EXIT.file)
      continue
    }
    try {
      await writeDocument(target, bytes)
      process.stdout.write(`${input} → ${target}\n`)
    } catch (error) {
      fail(`${target}: 无法写入（${(error as NodeJS.ErrnoException).code ?? String(error)}）`)
      exit = Math.max(exit, EXIT.file)
    }
  }
  return exit
}

try {
  process.exitCode = await run(parseArgs(process.argv.slice(2)))
} catch (error) {
  if (!(error instanceof UsageError)) throw error
  fail(`${error.message}\n\n${USAGE}`)
  process.exitCode = EXIT.file
}
