import { describe, expect, it } from 'vitest'
import { KINDS } from '../../../shared/kinds'
import { sampleInformation } from '../../../shared/samples/information'

const messages = (result: { error?: { issues: readonly { message: string }[] } | undefined }) =>
  result.error?.issues.map((issue) => issue.message) ?? []

describe('信息通报 libraries', () => {
  it('a 参考案例 needs a four-digit year', () => {
    const found = { ...KINDS.referenceCase.empty(), title: '某商标侵权纠纷调解案' }
    expect(messages(KINDS.referenceCase.schema.safeParse(found))).toEqual([
      '年份应为 1985 至 2100 之间的四位数字，如 2024',
    ])
    expect(KINDS.referenceCase.schema.safeParse({ ...found, year: 24 }).success).toBe(false)
    expect(KINDS.referenceCase.schema.safeParse({ ...found, year: 2024 }).success).toBe(true)
  })

  it('a 宣传报道’s 链接 is a web address, or blank when there is a file', () => {
    const report = { ...KINDS.publicity.empty(), title: '报道', publishedOn: '2026-12-01' }
    expect(
      messages(KINDS.publicity.schema.safeParse({ ...report, link: 'www.example.cn' })),
    ).toEqual(['链接应为以 http:// 或 https:// 开头的网址'])
    expect(
      KINDS.publicity.schema.safeParse({ ...report, link: 'https://example.cn/a' }).success,
    ).toBe(true)
    expect(KINDS.publicity.schema.safeParse(report).success).toBe(true)
  })

  it('the sample policies, cases and reports are valid records', () => {
    const samples = sampleInformation('2026-12-07')
    for (const [kind, rows] of [
      ['policy', samples.policies],
      ['referenceCase', samples.referenceCases],
      ['publicity', samples.publicity],
    ] as const) {
      for (const row of rows) {
        const parsed = KINDS[kind].schema.safeParse({ ...KINDS[kind].empty(), ...row })
        expect(messages(parsed), `${kind}: ${JSON.stringify(row).slice(0, 40)}`).toEqual([])
      }
    }
  })
})
