import { describe, expect, it } from 'vitest'
import { validateDefinition, type Block } from '../../../shared/documents/definition'
import { templateById, type TemplateContext } from '../../../shared/documents/templates'
import {
  GENERATORS,
  GeneratorSourceError,
  generatorById,
  generatorsOf,
  type SourceRow,
} from '../../../shared/generators'
import { KINDS, KIND_NAMES } from '../../../shared/kinds'
import { encodeParty } from '../../../shared/kinds/parties'

const context: TemplateContext = { issuer: '天津市知识产权局', today: '2026-12-07' }
const letter = generatorById('enterprise-service-letter')
if (!letter) throw new Error('the enterprise letter is registered')

const enterprise: SourceRow = {
  ...KINDS.enterprise.empty(),
  id: 'e1',
  name: '天津海河智能科技有限公司',
}
const followUp = (content: string, state: string, extra: Record<string, unknown> = {}) => ({
  ...KINDS.followUp.empty(),
  id: content,
  parentId: 'e1',
  content,
  state,
  ...extra,
})

const tableOf = (body: readonly Block[]) => body.find((block) => block.type === 'table')

describe('document generators', () => {
  it('are registered once, for kinds and templates that exist', () => {
    const ids = GENERATORS.map((generator) => generator.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const generator of GENERATORS) {
      expect(KIND_NAMES).toContain(generator.kind)
      expect(templateById(generator.template)).toBeDefined()
      expect(generator.label).toMatch(/^生成/)
    }
    expect(generatorsOf('enterprise')).toContain(letter)
    expect(generatorsOf('contact')).toEqual([])
  })

  it('the enterprise letter lists its follow-ups in order, by title and state, and counts them', () => {
    const definition = letter.run(
      {
        record: enterprise,
        children: {
          followUp: [
            followUp('提供专利导航报告', 'done', {
              handledBy: [
                encodeParty({ kind: 'contact', id: 'c1' }),
                encodeParty({ kind: 'name', name: '刘强' }),
              ],
              dueOn: '2026-12-02',
            }),
            followUp('协助商标续展', 'doing'),
          ],
        },
        titleOf: (kind, id) => (kind === 'contact' && id === 'c1' ? '王芳' : undefined),
      },
      context,
    )
    const checked = validateDefinition(definition)
    expect(checked.ok).toBe(true)
    expect(definition.format).toBe('letter')
    expect(definition.mainRecipients).toBe('天津海河智能科技有限公司')
    expect(definition.issuers).toEqual(['天津市知识产权局'])
    expect(definition.date).toBe('2026-12-07')
    const table = tableOf(definition.body)
    expect(table).toMatchObject({
      columns: ['序号', '事项内容', '经办人', '完成期限', '状态'],
      rows: [
        ['1', '提供专利导航报告', '王芳、刘强', '2026-12-02', '已完成'],
        ['2', '协助商标续展', '—', '—', '进行中'],
      ],
    })
    const text = definition.body.map((block) => ('text' in block ? block.text : '')).join('\n')
    expect(text).toContain('以上2项事项中，已办结1项，正在办理1项。')
  })

  it('says so when an enterprise has nothing to follow up, and keeps a valid letter', () => {
    const definition = letter.run(
      { record: enterprise, children: {}, titleOf: () => undefined },
      context,
    )
    expect(tableOf(definition.body)).toBeUndefined()
    expect(JSON.stringify(definition.body)).toContain('暂无需要跟进办理的事项')
    expect(validateDefinition(definition).ok).toBe(true)
  })

  it('refuses, in Chinese, a stored record its kind no longer accepts', () => {
    const run = () =>
      letter.run(
        { record: { ...enterprise, name: '' }, children: {}, titleOf: () => undefined },
        context,
      )
    expect(run).toThrow(GeneratorSourceError)
    expect(run).toThrow(/该企业的内容不完整，无法生成公文/)
  })
})
