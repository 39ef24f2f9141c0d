import type { DocumentDefinitionInput, DocumentFormat } from '../documents/definition'
import type { RegisterStatus } from '../documents/register'
import { templateById, type TemplateId } from '../documents/templates'

/**
 * 示例公文 for the 发文登记. Their 机关代字 start with 示例 (示例津知发), so demo numbers never
 * occupy or interleave with the numbers of real documents: a real 津知发 series starts at 1 even
 * with demo data loaded, and clearing the demo data leaves no gap in it.
 */
export interface SampleDocument {
  readonly title: string
  readonly documentNumber: string
  readonly format: DocumentFormat
  readonly date: string
  readonly status: RegisterStatus
  readonly definition: DocumentDefinitionInput | null
  readonly remark: string
}

const ISSUER = '天津市知识产权局'

function fromTemplate(
  id: TemplateId,
  date: string,
  documentNumber: string,
  status: RegisterStatus,
  remark = '',
): SampleDocument {
  const template = templateById(id)
  if (!template) throw new Error(`unknown template ${id}`)
  const built = template.build({ issuer: ISSUER, today: date })
  const definition: DocumentDefinitionInput =
    documentNumber === '' ? built : { ...built, documentNumber }
  return {
    title: built.title,
    documentNumber,
    format: built.format ?? 'file',
    date,
    status,
    definition,
    remark,
  }
}

/** The sample register of `year`: issued documents, a reserved number, a void one and a gap (4号). */
export function sampleDocuments(year: number): SampleDocument[] {
  const y = String(year)
  const number = (prefix: string, sequence: number) => `${prefix}〔${y}〕${String(sequence)}号`
  return [
    fromTemplate('notice', `${y}-03-23`, number('示例津知发', 1), 'used'),
    fromTemplate('bulletin', `${y}-04-10`, number('示例津知发', 2), 'used'),
    {
      title: '',
      documentNumber: number('示例津知发', 3),
      format: 'file',
      date: '',
      status: 'reserved',
      definition: null,
      remark: '为联合调研报告预留',
    },
    fromTemplate('report', `${y}-06-30`, number('示例津知发', 5), 'used'),
    fromTemplate('notice', `${y}-07-08`, number('示例津知发', 6), 'void', '标题有误，已重新发文'),
    fromTemplate('letter', `${y}-05-12`, number('示例津知函', 1), 'used'),
    fromTemplate('minutes', `${y}-03-15`, '', 'used'),
  ]
}
