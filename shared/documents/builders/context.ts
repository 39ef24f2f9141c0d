import type { ChartBlock, DocumentDefinition } from '../definition'
import type { DocumentFonts } from '../fonts'

/**
 * What every builder needs: the validated definition, the font set it asked for, and the PNG of
 * each chart (drawn before the build, which is synchronous).
 */
export interface BuildContext {
  readonly definition: DocumentDefinition
  readonly fonts: DocumentFonts
  readonly charts: ReadonlyMap<ChartBlock, Uint8Array>
}
