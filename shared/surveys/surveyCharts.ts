import { textOf } from '../kinds/display'
import { industryName } from '../reference/industries'
import { countBy, type CountItem } from '../charts/counts'

/**
 * The visited enterprises (one entry a visit; undefined when gone from 企业库) by district and by
 * industry, the industry said by name (制造业), never by its GB/T 4754 letter.
 */
export function visitsByPlace(
  enterprises: readonly (Readonly<Record<string, unknown>> | undefined)[],
): {
  readonly byDistrict: CountItem[]
  readonly byIndustry: CountItem[]
} {
  return {
    byDistrict: countBy(enterprises.map((e) => textOf(e?.district))),
    byIndustry: countBy(enterprises.map((e) => industryName(textOf(e?.industry)))),
  }
}
