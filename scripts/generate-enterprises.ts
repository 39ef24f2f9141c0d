/**
 * Generates realistic fictional enterprises (valid credit codes, real districts and industries)
 * for load testing: `npm run generate:enterprises -- [count] [out.xlsx|out.json]`.
 * The .xlsx can be imported in 企业库 → 导入; the benchmark uses the same generator.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import writeExcelFile from 'write-excel-file/node'
import { recordsToSheet } from '../shared/excel/exportRows'
import { enterpriseKind } from '../shared/kinds/enterprise'
import { SeededRandom } from '../shared/samples/random'
import { sampleEnterprises } from '../shared/samples/enterprises'

const [countArg = '100000', outArg = '.artifacts/enterprises-100k.xlsx'] = process.argv.slice(2)
const count = Number(countArg)
if (!Number.isInteger(count) || count <= 0 || count > 1_000_000) {
  console.error('用法：npm run generate:enterprises -- [数量 1–1000000] [输出文件 .xlsx 或 .json]')
  process.exit(1)
}
const out = resolve(outArg)
const started = performance.now()
const enterprises = sampleEnterprises(new SeededRandom(2023_03_23), count)
await mkdir(dirname(out), { recursive: true })
if (out.endsWith('.json')) {
  await writeFile(out, JSON.stringify(enterprises))
} else if (out.endsWith('.xlsx')) {
  const sheet = recordsToSheet(enterpriseKind, enterprises)
  const rows = [[...sheet.headers], ...sheet.rows.map((row) => row.map((cell) => cell.value))]
  await writeExcelFile(rows, { columns: sheet.widths.map((width) => ({ width })) }).toFile(out)
} else {
  console.error('输出文件应以 .xlsx 或 .json 结尾')
  process.exit(1)
}
console.log(`已生成 ${count} 家虚构企业 → ${out}（${Math.round(performance.now() - started)} ms）`)
