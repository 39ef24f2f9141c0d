import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { describeProblems, validateDefinition } from '../../../shared/documents/definition'

const minimal = {
  issuers: ['天津市知识产权局'],
  title: '关于开展专项行动的通知',
  body: [{ type: 'p', text: '正文。' }],
  date: '2023-03-23',
}

function problems(input: unknown): string[] {
  const result = validateDefinition(input)
  return result.ok ? [] : result.problems.map((problem) => `${problem.path}: ${problem.message}`)
}

describe('document definition', () => {
  it('accepts every example and fills the defaults', () => {
    const folder = new URL('../../../examples/', import.meta.url)
    const files = readdirSync(folder).filter((name) => name.endsWith('.json'))
    expect(files.length).toBeGreaterThanOrEqual(5)
    for (const file of files) {
      const result = validateDefinition(JSON.parse(readFileSync(new URL(file, folder), 'utf8')))
      expect(result.ok ? '' : describeProblems(result.problems), file).toBe('')
    }
    const result = validateDefinition(minimal)
    expect(result.ok && result.definition).toMatchObject({
      format: 'file',
      sealed: false,
      options: { fonts: 'standard', duplex: false },
    })
  })

  it('reads a blank optional field, as other tools write it, as absent', () => {
    const result = validateDefinition({
      ...minimal,
      copyNumber: '',
      classification: '',
      urgency: '',
      markText: ' ',
      documentNumber: '',
      mainRecipients: '',
      note: '',
      printer: '',
      printDate: '',
      body: [
        { type: 'h1', text: '总体要求', run: '' },
        { type: 'table', title: '', columns: ['a'], rows: [] },
      ],
    })
    expect(result.ok ? '' : describeProblems(result.problems)).toBe('')
    if (!result.ok) return
    const { definition } = result
    for (const field of [
      'copyNumber',
      'classification',
      'urgency',
      'markText',
      'documentNumber',
      'mainRecipients',
      'note',
      'printer',
      'printDate',
    ] as const) {
      expect(definition[field], field).toBeUndefined()
    }
    expect(definition.body[0]).not.toHaveProperty('run', '')
    expect(definition.body[1]).not.toHaveProperty('title', '')
    // A required field stays required.
    expect(problems({ ...minimal, title: '' })).toEqual(['title: 标题不能为空'])
  })

  it('cleans every text of invisible and XML-breaking characters', () => {
    const result = validateDefinition({
      ...minimal,
      title: '关于\uffff开展\u202e反向\u202c专项\u200b行动的通知\ufffe',
      body: [{ type: 'p', text: '第一行\u000b第二行\u200f' }],
      issuers: ['天津市\u200d知识产权局'],
    })
    expect(result.ok && result.definition).toMatchObject({
      title: '关于开展反向专项行动的通知',
      body: [{ type: 'p', text: '第一行\n第二行' }],
      issuers: ['天津市知识产权局'],
    })
    // A title of nothing but invisible characters is empty.
    expect(problems({ ...minimal, title: '\u200b\u200f' })).toEqual(['title: 标题不能为空'])
  })

  it('lists every problem in Chinese with its path', () => {
    const list = problems({
      ...minimal,
      date: '2023-02-30',
      copyNumber: '12',
      urgency: '很急',
      body: [
        { type: 'h5', text: 'x' },
        { type: 'table', columns: ['a', 'b'], rows: [['1']] },
      ],
      options: { fonts: 'comic' },
      Title: 'typo',
    })
    expect(list).toEqual(
      expect.arrayContaining([
        'date: 成文日期格式应为 YYYY-MM-DD，且是存在的日期',
        'copyNumber: 份号应为 6 位阿拉伯数字，如 000012',
        'urgency: 紧急程度应为“特急”或“加急”',
        'body[0].type: 段落类型应为 p、h1、h2、h3、h4、table、chart 或 pagebreak',
        'body[1].rows[0]: 第 1 行有 1 格，应与列数 2 一致',
        'options.fonts: 字体应为 standard（标准公文字体）或 system（系统字体）',
        ': 未知字段：Title（字段名区分大小写）',
      ]),
    )
    expect(list).toHaveLength(7)
  })

  it('names what is missing', () => {
    expect(problems({})).toEqual([
      'issuers: 缺少发文机关',
      'title: 缺少标题',
      'body: 正文应为段落列表',
      'date: 缺少成文日期',
    ])
    expect(problems(null)).toEqual([': 文档定义应为 JSON 对象'])
    expect(problems({ ...minimal, issuers: [] })).toEqual(['issuers: 至少要有一个发文机关'])
    expect(problems({ ...minimal, title: '  ' })).toEqual(['title: 标题不能为空'])
  })

  it('normalises 发文字号 brackets and refuses padded or malformed numbers', () => {
    for (const typed of [
      '津知发[2023]5号',
      '津知发【2023】5号',
      '津知发(2023)5号',
      '津知发［2023］5号',
      '津知发（2023）5号',
    ]) {
      const result = validateDefinition({ ...minimal, documentNumber: typed })
      expect(result.ok && result.definition.documentNumber, typed).toBe('津知发〔2023〕5号')
    }
    expect(problems({ ...minimal, documentNumber: '津知发〔2023〕05号' })).toEqual([
      'documentNumber: 发文字号的序号不编虚位，应为〔2023〕5号',
    ])
    expect(problems({ ...minimal, documentNumber: '津知发〔2023〕第5号' })).toEqual([
      'documentNumber: 发文字号的序号前不加“第”，如 津知发〔2023〕5号',
    ])
    expect(problems({ ...minimal, documentNumber: '津知发〔23〕5号' })).toEqual([
      'documentNumber: 发文字号的年份应写全称，如〔2023〕',
    ])
    expect(problems({ ...minimal, documentNumber: '津知发2023年5号' })).toHaveLength(1)
    // A padded number is reported together with the other problems.
    expect(problems({ ...minimal, date: 'x', documentNumber: '津知发[2023]007号' })).toHaveLength(2)
    // Minutes carry a free-form 期号 in the same field.
    expect(problems({ ...minimal, format: 'minutes', documentNumber: '第5期' })).toEqual([])
  })

  it('needs a 发文字号 for a 上行文 with 签发人, and trims what the layout adds itself', () => {
    expect(problems({ ...minimal, signers: ['张某某'] })).toEqual([
      'documentNumber: 有签发人的上行文须有发文字号',
    ])
    const result = validateDefinition({
      ...minimal,
      mainRecipients: '各区知识产权局：',
      note: '（此件公开发布）',
    })
    expect(result.ok && result.definition.mainRecipients).toBe('各区知识产权局')
    expect(result.ok && result.definition.note).toBe('此件公开发布')
  })
})

describe('fields a format does not print', () => {
  it('refuses an empty signature list, and 签发人, seals and printer lines where they do not belong', () => {
    expect(problems({ ...minimal, signatures: [] })).toEqual([
      'signatures: 署名至少要有一个；不写此字段则用发文机关',
    ])
    expect(
      problems({
        ...minimal,
        format: 'letter',
        documentNumber: '津知函〔2023〕1号',
        signers: ['张某某'],
      }),
    ).toEqual(['signers: 签发人只用于文件格式的上行文'])
    expect(problems({ ...minimal, format: 'minutes', sealed: true })).toEqual([
      'sealed: 纪要不署名，也不加盖印章',
    ])
    expect(problems({ ...minimal, format: 'letter', printer: '办公室' })).toEqual([
      'printer: 信函格式的版记不印印发机关和印发日期',
    ])
  })

  it('keeps a 纪要 期号 as written, and knows more bracket look-alikes and bad numbers', () => {
    const minutes = validateDefinition({ ...minimal, format: 'minutes', documentNumber: '(第3期)' })
    expect(minutes.ok && minutes.definition.documentNumber).toBe('(第3期)')
    const small = validateDefinition({ ...minimal, documentNumber: '津知发﹝2023﹞5号' })
    expect(small.ok && small.definition.documentNumber).toBe('津知发〔2023〕5号')
    expect(problems({ ...minimal, documentNumber: '津知发〔2023〕00号' })).toEqual([
      'documentNumber: 发文字号的序号应从 1 开始',
    ])
    expect(problems({ ...minimal, documentNumber: '-〔2023〕5号' })).toHaveLength(1)
  })
})
