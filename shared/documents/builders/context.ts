import type { DocumentDefinition } from '../definition'
import type { DocumentFonts } from '../fonts'

/** What every builder needs: the validated definition and the font set it asked for. */
export interface BuildContext {
  readonly definition: DocumentDefinition
  readonly fonts: DocumentFonts
}
