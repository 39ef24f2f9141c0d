import { GENERATED_KIND } from '../../../shared/generators'
import { newPath } from '../views'

/** The 公文 editor, opened on what a generator makes from a record. */
export const generatedDocumentPath = (generatorId: string, sourceId: string) =>
  `${newPath(GENERATED_KIND)}?${new URLSearchParams({ generator: generatorId, source: sourceId }).toString()}`

/** Parameters of a list's address that say how it is shown, not what it holds. */
const SHOWING = ['page', 'size', 'sort', 'dir']

/** The 公文 editor, opened on what a list's document makes from the list as filtered now. */
export function listReportPath(reportId: string, listParams: URLSearchParams): string {
  const list = new URLSearchParams(listParams)
  for (const name of SHOWING) list.delete(name)
  return `${newPath(GENERATED_KIND)}?${new URLSearchParams({ report: reportId, list: list.toString() }).toString()}`
}
