import writeExcelFile from 'write-excel-file/node'
import { recordsToSheet } from '../shared/excel/exportRows'
import { enterpriseKind } from '../shared/kinds/enterprise'
import { SeededRandom } from '../shared/samples/random'
import { sampleEnterprises } from '../shared/samples/enterprises'

/** Realistic fictional enterprises, always the same for a given count (a fixed seed). */
export function generatedEnterprises(count: number) {
  return sampleEnterprises(new SeededRandom(2023_03_23), count)
}

/** The same enterprises as an .xlsx laid out as 导出 writes it (and 导入 reads it). */
export async function enterprisesWorkbook(count: number): Promise<Buffer> {
  const sheet = recordsToSheet(enterpriseKind, generatedEnterprises(count))
  const rows = [[...sheet.headers], ...sheet.rows.map((row) => row.map((cell) => cell.value))]
  return writeExcelFile(rows, { columns: sheet.widths.map((width) => ({ width })) }).toBuffer()
}
