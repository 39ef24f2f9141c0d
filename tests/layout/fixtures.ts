/**
 * The definitions the conformance tests render. Written here (not taken from examples/) so that
 * each has the content a measurement needs: a paragraph long enough to fill whole pages (22
 * lines), runs of punctuation-free characters (28 to a line), attachments, a 版记.
 */
import type { DocumentDefinitionInput } from '../../shared/documents/definition'

/** Plain characters without punctuation: every full line holds exactly 28 of them. */
const PLAIN =
  '为深入贯彻落实党中央国务院关于知识产权工作的决策部署进一步加强知识产权保护工作现就有关事项通知如下'

const PARAGRAPHS = [
  '为深入贯彻落实党中央、国务院关于强化知识产权保护的决策部署，进一步提升我市知识产权服务民营企业的能力和水平，经研究，决定开展知识产权服务民营企业专项行动。现将有关事项通知如下。',
  '各单位要充分认识知识产权工作对于民营企业创新发展的重要作用，加强组织领导，明确责任分工，确保各项任务落到实处。',
]

/** 文件格式, single issuer, every head element, long body (≥ 3 pages), an attachment, the 版记. */
export const notice: DocumentDefinitionInput = {
  format: 'file',
  copyNumber: '000012',
  classification: '秘密★1年',
  urgency: '特急',
  issuers: ['天津市知识产权局'],
  documentNumber: '津知发〔2023〕5号',
  title: '关于开展知识产权服务民营企业专项行动的通知',
  mainRecipients: '各区知识产权局，各有关单位',
  body: [
    { type: 'p', text: PARAGRAPHS[0] ?? '' },
    // One paragraph over several pages: widow control cannot shorten a page, so pages 2 and 3 are full.
    { type: 'p', text: PLAIN.repeat(36) },
    { type: 'h1', text: '工作要求' },
    { type: 'p', text: PARAGRAPHS[1] ?? '' },
  ],
  attachments: [
    {
      title: '知识产权服务民营企业专项行动工作方案',
      body: [{ type: 'p', text: PARAGRAPHS[1] ?? '' }],
    },
  ],
  signatures: ['天津市知识产权局'],
  sealed: false,
  date: '2023-03-23',
  note: '此件公开发布',
  copyTo: ['市委办公厅', '市人大常委会办公厅', '市政府办公厅', '市政协办公厅'],
  printer: '天津市知识产权局办公室',
  printDate: '2023-03-24',
  options: { fonts: 'standard', duplex: false },
}

/** 联合行文: three issuers stacked, "文件" to their right. */
export const jointNotice: DocumentDefinitionInput = {
  format: 'file',
  issuers: ['天津市知识产权局', '天津市工商业联合会', '天津市市场监督管理委员会'],
  documentNumber: '津知发〔2023〕6号',
  title: '关于联合开展知识产权服务的通知',
  mainRecipients: '各区知识产权局',
  body: [{ type: 'p', text: PARAGRAPHS[1] ?? '' }],
  date: '2023-03-23',
  printer: '天津市知识产权局办公室',
  printDate: '2023-03-24',
}

/**
 * Duplex printing with `paragraphs` ordinary paragraphs: the 版记 must end on an even page.
 * With `fillSecondPage`, a page break, one paragraph of 19 full lines (26 characters after the
 * indent, then 18 × 28), a blank line, the 署名 and the date fill page 2 to its 22nd line, so
 * the 版记 cannot go there: page 3 must stay blank and the 版记 goes to page 4.
 */
export function duplexNotice(paragraphs: number, fillSecondPage = false): DocumentDefinitionInput {
  const fill = PLAIN.repeat(13).slice(0, 26 + 18 * 28)
  return {
    format: 'file',
    issuers: ['天津市知识产权局'],
    documentNumber: `津知发〔2023〕${String(10 + paragraphs)}号`,
    title: '关于做好双面印制公文工作的通知',
    mainRecipients: '各区知识产权局',
    body: [
      ...Array.from({ length: paragraphs }, (_, index) => ({
        type: 'p' as const,
        text: PARAGRAPHS[index % 2] ?? '',
      })),
      ...(fillSecondPage
        ? [{ type: 'pagebreak' as const }, { type: 'p' as const, text: fill }]
        : []),
    ],
    date: '2023-03-23',
    copyTo: ['市委办公厅'],
    printer: '天津市知识产权局办公室',
    printDate: '2023-03-24',
    options: { fonts: 'standard', duplex: true },
  }
}

/** 信函格式 over two pages (page 1 has no page number, page 2 has). */
export const letter: DocumentDefinitionInput = {
  format: 'letter',
  copyNumber: '000003',
  urgency: '加急',
  issuers: ['天津市知识产权局'],
  documentNumber: '津知函〔2023〕12号',
  title: '关于商请支持知识产权服务民营企业工作的函',
  mainRecipients: '天津市工商业联合会',
  body: [
    { type: 'p', text: PARAGRAPHS[0] ?? '' },
    { type: 'p', text: PLAIN.repeat(12) },
    { type: 'p', text: '特此函告。' },
  ],
  date: '2023-03-23',
  copyTo: ['市政府办公厅'],
}

/** 纪要格式 with attendance. */
export const minutes: DocumentDefinitionInput = {
  format: 'minutes',
  issuers: ['天津市知识产权局'],
  markText: '会商会纪要',
  documentNumber: '第3期',
  title: '知识产权服务民营企业工作会商会纪要',
  body: [
    {
      type: 'p',
      text: '2023年3月20日，天津市知识产权局与天津市工商业联合会召开会商会，研究知识产权服务民营企业工作。纪要如下。',
    },
    { type: 'p', text: PARAGRAPHS[1] ?? '' },
  ],
  date: '2023-03-23',
  attendance: {
    present: ['天津市知识产权局张某某、李某某', '天津市工商业联合会王某某'],
    absent: ['天津市知识产权局赵某某'],
    observers: ['天津市市场监督管理委员会孙某某'],
  },
}

/** A one-page notice of one short paragraph: the base of tests that vary its closing parts. */
export const shortNotice: DocumentDefinitionInput = {
  issuers: ['天津市知识产权局'],
  title: '关于召开会商会的通知',
  mainRecipients: '各区知识产权局',
  body: [{ type: 'p', text: '定于2023年3月30日召开会商会，请准时参加。' }],
  date: '2023-03-23',
}
