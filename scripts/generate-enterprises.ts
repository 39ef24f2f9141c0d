/**
 * Generates realistic fictional enterprises (valid credit codes, real districts and industries)
 * for load testing: `npm run generate:enterprises -- [count] [out.xlsx|out.json]`.
 * The .xlsx can be imported in 企业库 → 导入; the benchmark uses the same generator.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { enterprisesWorkbook, generatedEnterprises } from './enterprisesWorkbook'

const [countArg = '100000', outArg = '.artifacts/enterprises-100k.xlsx'] = process.argv.slice(2)
const count = Number(countArg)
if (!Number.isInteger(count) || count <= 0 || count > 1_000_000) {
  console.error('用法：npm run generate:enterprises -- [数量 1–1000000] [输出文件 .xlsx 或 .json]')
  process.exit(1)
}
const out = resolve(outArg)
const started = performance.now()
await mkdir(dirname(out), { recursive: true })
if (out.endsWith('.json')) {
  await writeFile(out, JSON.stringify(generatedEnterprises(count)))
} else if (out.endsWith('.xlsx')) {
  await writeFile(out, await enterprisesWorkbook(count))
} else {
  console.error('输出文件应以 .xlsx 或 .json 结尾')
  process.exit(1)
}
console.log(`已生成 ${count} 家虚构企业 → ${out}（${Math.round(performance.now() - started)} ms）`)
