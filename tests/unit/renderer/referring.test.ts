import { describe, expect, it } from 'vitest'
import { newReferredPath, referringFrom } from '../../../renderer/records/referring'
// The app's views, contributed on import: addresses are made from them.
import '../../../renderer/app/views'

const paramsOf = (path: string) => new URLSearchParams(path.slice(path.indexOf('?') + 1))

describe('a new record made for another record’s reference', () => {
  it('carries the referring record and the prefilled values in its address', () => {
    const path = newReferredPath(
      'enterprise',
      { kind: 'registration', id: 'r1', field: 'enterprise' },
      { name: '天津海河科技有限公司' },
    )
    expect(path.startsWith('/enterprises/new?')).toBe(true)
    const params = paramsOf(path)
    expect(params.get('name')).toBe('天津海河科技有限公司')
    expect(referringFrom('enterprise', params)).toEqual({
      kind: 'registration',
      id: 'r1',
      field: 'enterprise',
    })
  })

  it('is ignored unless the field is a reference to the new record’s kind', () => {
    const of = (query: string) => referringFrom('enterprise', new URLSearchParams(query))
    expect(of('for=registration&forId=r1&forField=unit')).toBeUndefined()
    expect(of('for=contact&forId=c1&forField=orgId')).toBeUndefined()
    expect(of('for=nothing&forId=r1&forField=enterprise')).toBeUndefined()
    expect(of('for=registration&forField=enterprise')).toBeUndefined()
    expect(of('for=toString&forId=r1&forField=enterprise')).toBeUndefined()
    expect(of('for=registration&forId=r1&forField=constructor')).toBeUndefined()
    expect(
      referringFrom('org', new URLSearchParams('for=contact&forId=c1&forField=orgId')),
    ).toEqual({ kind: 'contact', id: 'c1', field: 'orgId' })
  })
})
