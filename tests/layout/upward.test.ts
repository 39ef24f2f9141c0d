/**
 * 上行文 (GB/T 9704 7.2.4–7.2.5): the 发文字号 flush left one character in, on the line of the
 * 签发人, whose "签发人：" + names sit right one character in; the red rule under that line.
 */
import { beforeAll, describe, it } from 'vitest'
import { linesContaining } from './lib/bbox'
import { expectNear, required } from './lib/check'
import { renderDefinition, type RenderedDocument } from './lib/document'
import { GB, TOLERANCE_MM } from './lib/units'

let document: RenderedDocument

beforeAll(async () => {
  document = await renderDefinition('upward', {
    issuers: ['天津市知识产权局'],
    documentNumber: '津知报〔2023〕3号',
    signers: ['李某某'],
    title: '天津市知识产权局关于知识产权服务民营企业工作情况的报告',
    mainRecipients: '国家知识产权局',
    body: [{ type: 'p', text: '现将有关情况报告如下。' }],
    sealed: true,
    date: '2023-07-05',
  })
})

describe('上行文', () => {
  it('puts the number one character in on the left and 签发人 one character in on the right, on one line', () => {
    const page = required(document.pages[0], 'page 1')
    const number = required(linesContaining(page, '津知报')[0], 'line of the 发文字号')
    const signer = required(
      page.lines.flatMap((line) => line.words).find((word) => word.text.startsWith('签发人')),
      '签发人 word',
    )
    expectNear('发文字号 left edge', number.left, GB.marginLeft + GB.char3, TOLERANCE_MM)
    expectNear('签发人 right edge', signer.right, GB.typeAreaRight - GB.char3, TOLERANCE_MM)
    expectNear('签发人 on the number line (top difference)', signer.top - number.top, 0, 0.5)
  })
})
