import { describe, expect, it } from 'vitest'
import { KINDS } from '../../../shared/kinds'
import { validateDefinition } from '../../../shared/documents/definition'
import { generatorById } from '../../../shared/generators'
import { sampleBriefing, sampleInformation } from '../../../shared/samples/information'

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
    const briefing = sampleBriefing([{ id: 'p1' }], [{ id: 'c1' }, { id: 'c2' }], '2026-12-07')
    expect(briefing.items).toEqual(['policy:p1', 'referenceCase:c1', 'referenceCase:c2'])
    expect(
      messages(KINDS.briefing.schema.safeParse({ ...KINDS.briefing.empty(), ...briefing })),
    ).toEqual([])
  })
})

describe('生成简报', () => {
  const rows: Record<string, Record<string, unknown> & { id: string }> = {
    'policy:p1': {
      ...KINDS.policy.empty(),
      id: 'p1',
      name: '专利转化运用专项行动方案（2023—2025年）',
      issuer: '国务院办公厅',
      documentNumber: '国办发〔2023〕37号',
      issuedOn: '2023-10-17',
      summary: '推动专利向中小企业转化',
    },
    'referenceCase:c1': {
      ...KINDS.referenceCase.empty(),
      id: 'c1',
      title: '某食品企业商标侵权纠纷人民调解案',
      caseType: '人民调解',
      authority: '天津市知识产权纠纷人民调解委员会',
      year: 2025,
      summary: '双方就近似商标发生争议。',
      significance: '调解成本低',
    },
  }
  const build = (items: string[], minutesIssue?: number) => {
    const generator = generatorById('briefing-issue')
    if (!generator) throw new Error('registered')
    const record = {
      ...KINDS.briefing.empty(),
      id: 'b1',
      title: '民营企业知识产权政策和案例通报',
      series: '工作简报',
      issuedOn: '2026-12-07',
      intro: '现将近期政策和典型案例通报如下',
      items,
      reportTo: ['市委办公厅', '市政府办公厅'],
      sendTo: ['各区知识产权局', '各区工商联'],
    }
    return {
      series: generator.minutesSeries?.(record, {
        issuer: '天津市知识产权局',
        today: '2026-12-07',
      }),
      definition: generator.run(
        {
          record,
          children: {},
          titleOf: () => undefined,
          recordOf: (kind, id) => rows[`${kind}:${id}`],
          ...(minutesIssue === undefined ? {} : { minutesIssue }),
        },
        { issuer: '天津市知识产权局', today: '2026-12-07' },
      ),
    }
  }

  it('is the series’ 简报 with its 期号, the items in the order picked, and 报送/分送', () => {
    const { series, definition } = build(['referenceCase:c1', 'policy:p1', 'policy:gone'], 4)
    expect(series).toEqual({ mark: '工作简报', year: 2026 })
    expect(validateDefinition(definition).ok).toBe(true)
    expect(definition).toMatchObject({
      format: 'minutes',
      markText: '工作简报',
      documentNumber: '第4期',
      reportTo: ['市委办公厅', '市政府办公厅'],
      sendTo: ['各区知识产权局', '各区工商联'],
    })
    expect(definition.body.map((block) => ('text' in block ? block.text : block.type))).toEqual([
      '现将近期政策和典型案例通报如下。',
      '某食品企业商标侵权纠纷人民调解案',
      '（天津市知识产权纠纷人民调解委员会，2025年，人民调解）',
      '案情摘要：双方就近似商标发生争议。',
      '典型意义：调解成本低。',
      '专利转化运用专项行动方案（2023—2025年）',
      '2023年10月17日，国务院办公厅印发《专利转化运用专项行动方案（2023—2025年）》（国办发〔2023〕37号）。',
      '推动专利向中小企业转化。',
    ])
  })

  it('refuses an issue with nothing picked', () => {
    const parsed = KINDS.briefing.schema.safeParse({
      ...KINDS.briefing.empty(),
      title: '简报',
      issuedOn: '2026-12-07',
    })
    expect(messages(parsed)).toEqual([
      '请至少选一项通报内容（政策文件、参考案例、联合调研或工作信息）',
    ])
  })
})
