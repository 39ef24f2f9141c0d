import type { Block, DocumentDefinitionInput } from '../../shared/documents/definition'

/**
 * A 调研报告 of about `pages` pages for the benchmark: headings of every level, paragraphs of
 * realistic length and a table on every few pages (a page holds 22 lines of 28 characters).
 */
export function longReport(pages: number): DocumentDefinitionInput {
  const sentence =
    '调研组走访了区内民营企业，围绕知识产权创造、运用、保护和服务听取企业意见建议，企业普遍反映专利申请周期较长、维权成本较高，希望进一步加强政策宣传和服务指导。'
  const body: Block[] = []
  // About 5 lines a paragraph, 4 paragraphs and 2 headings a page, a table every third page.
  for (let page = 0; page < pages; page++) {
    body.push({ type: 'h1', text: `第${String(page + 1)}部分调研情况` })
    body.push({ type: 'p', text: sentence + sentence.slice(0, 40) })
    body.push({ type: 'h2', text: '企业知识产权需求', run: sentence.slice(0, 60) })
    body.push({ type: 'p', text: sentence + sentence.slice(0, 40) })
    body.push({ type: 'h3', text: '主要问题。', run: sentence })
    if (page % 3 === 2) {
      body.push({
        type: 'table',
        title: '走访企业情况',
        columns: ['企业名称', '所属区', '发明专利', '主要诉求'],
        rows: Array.from({ length: 4 }, (_, row) => [
          `天津某某科技有限公司${String(row + 1)}`,
          '滨海新区',
          String(10 + row),
          '专利快速预审、维权援助',
        ]),
      })
    } else {
      body.push({ type: 'h4', text: '建议加强政策宣传；' })
      body.push({ type: 'p', text: sentence })
    }
  }
  return {
    format: 'file',
    issuers: ['天津市知识产权局'],
    documentNumber: '津知报〔2026〕12号',
    signers: ['张某某'],
    title: '关于全市民营企业知识产权需求调研情况的报告',
    mainRecipients: '国家知识产权局',
    body,
    sealed: true,
    date: '2026-11-25',
    copyTo: ['天津市工商业联合会'],
    printer: '天津市知识产权局办公室',
    printDate: '2026-11-25',
  }
}
