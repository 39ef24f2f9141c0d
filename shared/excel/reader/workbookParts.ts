import { partKey, type ZipEntry } from './zipDirectory'
import type { XmlHandler } from './xmlScanner'
import { attribute } from './xmlText'

interface Relationship {
  readonly type: string
  readonly target: string
}

/** Collects the relationships of a .rels part by id. */
export class RelationshipsHandler implements XmlHandler {
  readonly byId = new Map<string, Relationship>()

  open(name: string, attributes: string): void {
    if (name !== 'Relationship') return
    if (attribute(attributes, 'TargetMode') === 'External') return
    this.byId.set(attribute(attributes, 'Id') ?? '', {
      type: attribute(attributes, 'Type') ?? '',
      target: attribute(attributes, 'Target') ?? '',
    })
  }
  close(): void {}
  wantsText(): boolean {
    return false
  }
  text(): void {}

  /** The first target whose type ends with `/suffix` (types differ between transitional and strict). */
  targetOfType(suffix: string): string | undefined {
    for (const r of this.byId.values()) if (r.type.endsWith(`/${suffix}`)) return r.target
    return undefined
  }
}

/** The workbook's first sheet (the one an import reads) and its date system. */
export class WorkbookHandler implements XmlHandler {
  firstSheetId: string | undefined
  date1904 = false

  open(name: string, attributes: string): void {
    if (name === 'workbookPr') {
      const value = attribute(attributes, 'date1904')
      this.date1904 = value === '1' || value === 'true'
    } else if (name === 'sheet' && this.firstSheetId === undefined) {
      this.firstSheetId = attribute(attributes, 'id')
    }
  }
  close(): void {}
  wantsText(): boolean {
    return false
  }
  text(): void {}
}

/** Resolves a relationship target against the folder of the part that names it. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return partKey(target)
  const folder = fromPart.split('/').slice(0, -1)
  for (const segment of target.replace(/\\/g, '/').split('/')) {
    if (segment === '..') folder.pop()
    else if (segment !== '.' && segment !== '') folder.push(segment)
  }
  return partKey(folder.join('/'))
}

/** The .rels part that belongs to a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/')
  return partKey(`${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`)
}

export function entryOf(
  entries: ReadonlyMap<string, ZipEntry>,
  ...candidates: (string | undefined)[]
): ZipEntry | undefined {
  for (const candidate of candidates) {
    const entry = candidate === undefined ? undefined : entries.get(partKey(candidate))
    if (entry) return entry
  }
  return undefined
}
