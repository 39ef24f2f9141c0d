import { describe, expect, it } from 'vitest'
import { validateDefinition } from '../../../shared/documents/definition'
import {
  TEMPLATES,
  TEMPLATE_IDS,
  localIsoDate,
  templateById,
} from '../../../shared/documents/templates'

const context = { issuer: '天津市知识产权局', today: '2026-03-23' }

describe('templates', () => {
  it('offers 通知, 函, 纪要, 通报 and 报告', () => {
    expect(TEMPLATES.map((t) => t.label)).toEqual(['通知', '函', '纪要', '通报', '报告'])
    expect(TEMPLATES.map((t) => t.id)).toEqual([...TEMPLATE_IDS])
  })

  it.each(TEMPLATES.map((t) => [t.label, t] as const))(
    '%s is a valid definition',
    (_, template) => {
      const result = validateDefinition(template.build(context))
      expect(result.ok ? [] : result.problems).toEqual([])
      if (!result.ok) return
      expect(result.definition.issuers).toEqual(['天津市知识产权局'])
      expect(result.definition.date).toBe('2026-03-23')
      expect(result.definition.title).not.toBe('')
      expect(result.definition.body.length).toBeGreaterThan(0)
    },
  )

  it('uses each format where it belongs', () => {
    expect(templateById('letter')?.build(context).format).toBe('letter')
    expect(templateById('minutes')?.build(context).format).toBe('minutes')
    expect(templateById('notice')?.build(context).format).toBe('file')
    expect(templateById('nothing')).toBeUndefined()
  })

  it('takes the issuer and the year from the context', () => {
    const built = templateById('notice')?.build({
      issuer: '天津市工商业联合会',
      today: '2027-01-05',
    })
    expect(built?.issuers).toEqual(['天津市工商业联合会'])
    expect(built?.title).toContain('2027年')
    expect(built?.printer).toBe('天津市工商业联合会办公室')
  })

  it('uses the fonts chosen in the settings', () => {
    expect(templateById('notice')?.build(context).options?.fonts).toBe('standard')
    expect(templateById('letter')?.build({ ...context, fonts: 'system' }).options?.fonts).toBe(
      'system',
    )
  })

  it('suggests a 机关代字 for known issuers only', () => {
    expect(templateById('notice')?.prefix('天津市知识产权局')).toBe('津知发')
    expect(templateById('letter')?.prefix('天津市知识产权局')).toBe('津知函')
    expect(templateById('notice')?.prefix('天津市工商业联合会')).toBe('津工商联发')
    expect(templateById('notice')?.prefix('某某单位')).toBe('')
    expect(templateById('minutes')?.prefix('天津市知识产权局')).toBe('')
  })

  it('formats today as a local calendar date', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
  })
})
