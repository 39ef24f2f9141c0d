import { GENERATED_KIND } from '../../../shared/generators'
import { newPath } from '../views'

/** The 公文 editor, opened on what a generator makes from a record. */
export const generatedDocumentPath = (generatorId: string, sourceId: string) =>
  `${newPath(GENERATED_KIND)}?${new URLSearchParams({ generator: generatorId, source: sourceId }).toString()}`
