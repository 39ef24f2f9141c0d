/** The gongwen command line's arguments, parsed without touching the file system. */

export type GongwenCommand =
  | { readonly command: 'render'; readonly inputs: readonly string[]; readonly output?: string }
  | { readonly command: 'check'; readonly inputs: readonly string[] }
  | { readonly command: 'help' }

export const USAGE = `用法：
  npm run gongwen -- render <定义.json> [更多.json …] [-o <输出.docx | 输出文件夹>]
  npm run gongwen -- check <定义.json> [更多.json …]

render  按 GB/T 9704-2012 生成 Word 公文（.docx）。一个输入可输出到 .docx 文件；多个输入输出到文件夹；
        不写 -o 时，输出到定义文件旁边的同名 .docx。
check   只检查定义，不生成文件。
退出码：0 成功；1 定义有误（错误写在标准错误输出，注明字段）；2 文件或参数错误。`

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): GongwenCommand {
  const [command, ...rest] = argv
  // Asked for help: exit 0. No command at all is a usage error (exit 2), as the README says.
  if (command === 'help' || command === '--help' || command === '-h') return { command: 'help' }
  if (command === undefined) throw new UsageError('请写明命令：render 或 check')
  if (command !== 'render' && command !== 'check') throw new UsageError(`未知命令：${command}`)
  const inputs: string[] = []
  let output: string | undefined
  for (let index = 0; index < rest.length; index++) {
    const argument = rest[index] ?? ''
    if (argument === '-o' || argument === '--output') {
      if (command === 'check') throw new UsageError('check 不生成文件，不能使用 -o')
      output = rest[index + 1]
      if (!output) throw new UsageError('-o 后面应写输出文件或文件夹')
      index++
    } else if (argument.startsWith('-')) {
      throw new UsageError(`未知选项：${argument}`)
    } else {
      inputs.push(argument)
    }
  }
  if (inputs.length === 0) throw new UsageError('请给出至少一个定义文件（.json）')
  if (command === 'check') return { command, inputs }
  if (output?.toLowerCase().endsWith('.docx') && inputs.length > 1) {
    throw new UsageError('多个定义文件请输出到文件夹，而不是一个 .docx 文件')
  }
  return output === undefined ? { command, inputs } : { command, inputs, output }
}

/** Where each input's document goes: the .docx named by -o, into the folder -o names, or beside the input. */
export function outputPath(
  input: string,
  output: string | undefined,
  join: (...parts: string[]) => string,
): string {
  const base = (input.split(/[\\/]/).pop() ?? input).replace(/\.json$/i, '')
  if (output === undefined) return input.replace(/\.json$/i, '') + '.docx'
  if (output.toLowerCase().endsWith('.docx')) return output
  return join(output, `${base}.docx`)
}
