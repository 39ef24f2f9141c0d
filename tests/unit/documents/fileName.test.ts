import { describe, expect, it } from 'vitest'
import { fileNameSchema } from '../../../shared/ipc/contract'
import { documentFileName } from '../../../renderer/features/documents/fileName'

describe('documentFileName', () => {
  it('joins the number and the title', () => {
    expect(documentFileName('津知发〔2026〕5号', '关于开展专项行动的通知')).toBe(
      '津知发〔2026〕5号 关于开展专项行动的通知.docx',
    )
    expect(documentFileName('', '')).toBe('公文.docx')
  })

  it('always gives a name the shell accepts', () => {
    for (const title of [
      'a/b\\c:d*e?f"g<h>i|j',
      '关于……的通知. ',
      'x'.repeat(500),
      '\u0001\u0002',
      '...',
    ]) {
      const name = documentFileName('', title)
      expect(fileNameSchema.safeParse(name).success, name).toBe(true)
    }
  })
})
