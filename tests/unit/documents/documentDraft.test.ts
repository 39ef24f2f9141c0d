import { describe, expect, it } from 'vitest'
import { validateDefinition } from '../../../shared/documents/definition'
import { TEMPLATES } from '../../../shared/documents/templates'
import { GENERATORS } from '../../../shared/generators'
import { KINDS } from '../../../shared/kinds'
import { encodeParty } from '../../../shared/kinds/parties'
import {
  blankBlock,
  draftFromDefinition,
  parseTableText,
  toDefinitionInput,
} from '../../../renderer/features/documents/draft/documentDraft'
import { moveItem } from '../../../renderer/components/moveItem'
import { fieldError, pathLabel } from '../../../renderer/features/documents/draft/problems'

const context = { issuer: '天津市知识产权局', today: '2026-03-23' }

describe('the editor draft', () => {
  it.each(TEMPLATES.map((t) => [t.label, t] as const))(
    '%s survives draft → definition unchanged',
    (_, template) => {
      const input = template.build(context)
      // Equal once defaults are applied (the draft states sealed: false explicitly).
      expect(validateDefinition(toDefinitionInput(draftFromDefinition(input)))).toEqual(
        validateDefinition(input),
      )
    },
  )

  it.each(GENERATORS.map((g) => [g.label, g] as const))(
    'a document from %s survives draft → definition unchanged (row heights and column weights too)',
    (_, generator) => {
      const record = {
        ...KINDS[generator.kind].empty(),
        id: 'r1',
        name: '测试会议',
        title: '测试调研',
        present: [encodeParty({ kind: 'name', name: '刘强' })],
        // A 简报's: its date, an item, and the 版记's 报送 and 分送.
        issuedOn: '2026-03-23',
        items: [encodeParty({ kind: 'policy', id: 'p1' })],
        reportTo: ['天津市人民政府办公厅'],
        sendTo: ['各区知识产权局'],
      }
      const policy = { ...KINDS.policy.empty(), id: 'p1', name: '测试政策', summary: '摘要' }
      const input = generator.run(
        { record, children: {}, titleOf: () => undefined, recordOf: () => policy },
        context,
      )
      expect(validateDefinition(toDefinitionInput(draftFromDefinition(input)))).toEqual(
        validateDefinition(input),
      )
    },
  )

  it('keeps a table’s column weights only while its columns stay the same', () => {
    const draft = draftFromDefinition({
      ...TEMPLATES[0]?.build(context),
      body: [
        {
          type: 'table',
          columns: ['甲', '乙'],
          rows: [['1', '2']],
          columnWeights: [1, 3],
          rowHeight: 12,
        },
      ],
    })
    expect(toDefinitionInput(draft).body[0]).toMatchObject({
      columnWeights: [1, 3],
      rowHeight: 12,
    })
    const [table] = draft.body
    if (!table) throw new Error('the table is read')
    const widened = { ...draft, body: [{ ...table, tableText: '甲\t乙\t丙\n1\t2\t3' }] }
    expect(toDefinitionInput(widened).body[0]).not.toHaveProperty('columnWeights')
  })

  it('reads anything stored without throwing', () => {
    for (const stored of [null, 42, 'x', [], { body: 'no', issuers: [1, '甲'], format: 'odd' }]) {
      const draft = draftFromDefinition(stored)
      expect(draft.format).toBe('file')
      expect(Array.isArray(draft.body)).toBe(true)
    }
    expect(draftFromDefinition({ issuers: [1, '甲'] }).issuers).toEqual(['甲'])
  })

  it('turns table text pasted from Excel (tabs) or typed with | into columns and rows', () => {
    expect(parseTableText('区\t企业数\n和平区\t3\n\n河西区\t7')).toEqual([
      ['区', '企业数'],
      ['和平区', '3'],
      ['河西区', '7'],
    ])
    expect(parseTableText('区 | 企业数\n和平区 | 3')).toEqual([
      ['区', '企业数'],
      ['和平区', '3'],
    ])
    const draft = draftFromDefinition({
      body: [{ type: 'table', title: '表1', columns: ['甲|乙', '丙'], rows: [['1', '2']] }],
    })
    expect(toDefinitionInput(draft).body[0]).toEqual({
      type: 'table',
      title: '表1',
      columns: ['甲|乙', '丙'],
      rows: [['1', '2']],
    })
  })

  it('keeps list indexes so a problem path points at the same block', () => {
    const draft = {
      ...draftFromDefinition(TEMPLATES[0]?.build(context)),
      body: [blankBlock('p', '第一段'), blankBlock('h1', ''), blankBlock('p', '')],
    }
    const result = validateDefinition(toDefinitionInput(draft))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(fieldError(result.problems, 'body[1]')).toBe('标题文字不能为空')
    expect(fieldError(result.problems, 'body[0]')).toBeUndefined()
    expect(pathLabel('body[1].text')).toBe('正文第 2 块')
    expect(pathLabel('attachments[0].body[2].text')).toBe('附件 1 正文第 3 块')
    expect(pathLabel('attachments[1].title')).toBe('附件 2')
    expect(pathLabel('date')).toBe('成文日期')
  })

  it('leaves blank optional fields out of the definition', () => {
    const input = toDefinitionInput(draftFromDefinition({ title: '标题', issuers: ['甲'] }))
    expect(input).not.toHaveProperty('copyNumber')
    expect(input).not.toHaveProperty('documentNumber')
    expect(input).not.toHaveProperty('attachments')
    expect(input).not.toHaveProperty('attendance')
  })

  it('moves items and ignores moves past the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b'])
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c'])
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c'])
  })
})
