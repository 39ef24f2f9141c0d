import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { KIND_NAMES } from '../../../shared/kinds'
import { APP_VIEWS } from '../../../renderer/app/views'
import { NAV_ITEMS } from '../../../renderer/app/navigation'
import {
  allViews,
  contributeViews,
  editPath,
  newPath,
  recordPath,
  viewOf,
} from '../../../renderer/records/views'

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(name) ? [path] : []
  })
}

describe('view registry', () => {
  it('has one view for every kind, each at its own path', () => {
    expect(APP_VIEWS.map((view) => view.kind).sort()).toEqual([...KIND_NAMES].sort())
    expect(allViews()).toEqual(APP_VIEWS)
    const paths = APP_VIEWS.map((view) => view.path)
    expect(new Set(paths).size).toBe(paths.length)
    for (const path of paths) expect(path).toMatch(/^\/[a-z/-]+[a-z]$/)
  })

  it('builds the paths of a record from its kind view', () => {
    const { path } = viewOf('contact')
    expect(recordPath('contact', 'c1')).toBe(`${path}/c1`)
    expect(editPath('contact', 'c1')).toBe(`${path}/c1/edit`)
    expect(newPath('contact')).toBe(`${path}/new`)
  })

  it('refuses a kind contributed twice', () => {
    expect(() => contributeViews([viewOf('org')])).toThrow(/twice/)
  })

  it('puts each view in the navigation between 工作台 and the system screens', () => {
    expect(NAV_ITEMS.map((item) => item.label)).toEqual([
      '工作台',
      ...APP_VIEWS.flatMap((view) => (view.nav ? [view.nav.label] : [])),
      '回收站',
      '设置',
    ])
  })

  // The point of the registry: generic screens never name a kind, so a new kind needs none of them.
  it('leaves no kind named in the generic screens', () => {
    const named = new RegExp(`['"\`](${KIND_NAMES.join('|')})['"\`]`)
    const offenders = ['renderer/records', 'renderer/app']
      .flatMap(sourceFiles)
      .filter((file) => named.test(readFileSync(file, 'utf8')))
    expect(offenders).toEqual([])
  })
})
