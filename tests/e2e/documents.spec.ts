import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from './fixtures'
import { strFromU8, unzipSync } from 'fflate'
import { openApp } from './helpers'

const YEAR = new Date().getFullYear()

/** The text of a .docx body, without its XML tags (a title may be split over several runs). */
async function documentText(path: string): Promise<string> {
  const files = unzipSync(new Uint8Array(await readFile(path)))
  const xml = files['word/document.xml']
  expect(xml, 'word/document.xml is in the .docx').toBeDefined()
  return strFromU8(xml ?? new Uint8Array()).replace(/<[^>]+>/g, '')
}

async function newDocument(page: Page, template: string) {
  await page.goto('/#/documents')
  await page.getByRole('button', { name: '新建公文' }).click()
  await page.getByRole('menuitem', { name: new RegExp(`^${template}`) }).click()
  await expect(page.getByRole('heading', { name: '新建公文' })).toBeVisible()
}

/** A text input by its label (tooltips on nearby buttons also carry labels). */
const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true })

const preview = (page: Page) => page.getByRole('document', { name: '公文预览' })

test('writes a 通知 from the template, previews it, saves it as Word and registers its number', async ({
  page,
}) => {
  const errors = await openApp(page)
  await newDocument(page, '通知')

  await field(page, '机关代字').fill('津测发')
  await page.getByRole('button', { name: '取号' }).click()
  const number = `津测发〔${String(YEAR)}〕1号`
  await expect(field(page, '发文字号')).toHaveValue(number)
  await expect(page.getByText(`已取号：${number}（本公文占用此号）`)).toBeVisible()
  // The entry now exists: the address is the entry's, not /new.
  await expect(page).toHaveURL(/#\/documents\/[0-9A-Z]{26}$/)

  const title = '关于开展端到端测试工作的通知'
  await field(page, '标题').fill(title)
  await page.getByLabel('正文第1块', { exact: true }).fill('为检验公文模块，现将有关事项通知如下。')
  await expect(preview(page).locator('section.docx').filter({ hasText: title })).toBeVisible()
  await expect(preview(page)).toContainText('为检验公文模块')

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: '保存为 Word' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe(`${number} ${title}.docx`)
  const path = await download.path()
  const text = await documentText(path)
  expect(text).toContain(title)
  expect(text).toContain('为检验公文模块')
  await expect(page.getByLabel('登记状态：已用')).toBeVisible()
  // In a browser the saved file cannot be opened from the page: the button says why.
  await expect(
    page.getByLabel(/浏览器中无法直接打开文件/).getByRole('button', { name: '打开' }),
  ).toBeDisabled()

  await page.getByRole('link', { name: '公文' }).first().click()
  const row = page.getByRole('row', { name: number })
  await expect(row).toContainText(title)
  await expect(row).toContainText('已用')
  await page.reload()
  await expect(page.getByRole('row', { name: number })).toContainText(title)

  // Reopening brings back the document as it was saved.
  await page.getByRole('row', { name: number }).getByRole('link', { name: number }).click()
  await expect(field(page, '标题')).toHaveValue(title)
  await expect(preview(page)).toContainText(title)
  expect(errors).toEqual([])
})

test('the register shows reserved and missing numbers as gaps, and never reuses a deleted one', async ({
  page,
}) => {
  const errors = await openApp(page, '/documents')
  await page.getByRole('button', { name: '预留号' }).click()
  const dialog = page.getByRole('dialog', { name: '预留发文字号' })
  await dialog.getByLabel('机关代字').fill('津隙发')
  await dialog.getByLabel('数量').fill('2')
  await dialog.getByRole('button', { name: '预留' }).click()
  const n = (sequence: number) => `津隙发〔${String(YEAR)}〕${String(sequence)}号`
  await expect(page.getByText(`已预留 ${n(1)} 至 2号`)).toBeVisible()
  await expect(page.getByRole('row', { name: n(1) })).toContainText('预留未用')

  // A number typed by hand (with the wrong brackets) further on leaves 3–4 missing; the draft
  // holds its number, it is no unused reservation.
  await newDocument(page, '通报')
  await field(page, '发文字号').fill(`津隙发[${String(YEAR)}]5号`)
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByText(`已保存到发文登记（${n(5)}）`)).toBeVisible()
  await expect(page.getByLabel('登记状态：草稿')).toBeVisible()

  await page.goto(`/#/documents?series=${encodeURIComponent(`津隙发|${String(YEAR)}`)}`)
  await expect(page.getByRole('row', { name: `津隙发〔${String(YEAR)}〕3—4号` })).toContainText(
    '缺号',
  )
  await expect(page.getByLabel('登记概况')).toContainText('缺号 2 个')
  await expect(page.getByLabel('登记概况')).toContainText('预留未用 2 个')
  await expect(page.getByLabel('登记概况')).toContainText('草稿 1 份')
  await expect(page.getByRole('row', { name: n(5) })).toContainText('草稿')
  await expect(page.getByRole('row', { name: n(5) })).not.toContainText('预留')

  // Deleting the highest entry does not free its number.
  await page
    .getByRole('row', { name: n(5) })
    .getByRole('button', { name: '删除' })
    .click()
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click()
  await expect(page.getByRole('row', { name: n(5) })).toContainText('已删除')
  await expect(page.getByText(`下一个号：${n(6)}`)).toBeVisible()
  expect(errors).toEqual([])
})

test('a bad date or 发文字号 is explained in Chinese and the preview says it is not current', async ({
  page,
}) => {
  await openApp(page)
  await newDocument(page, '函')
  await expect(preview(page).locator('section.docx').first()).toBeVisible()

  await field(page, '成文日期').fill('2026-02-30')
  await field(page, '发文字号').fill('津知函〔2026〕05号')
  const dateField = field(page, '成文日期').locator('xpath=../..')
  await expect(dateField).toContainText('成文日期格式应为 YYYY-MM-DD，且是存在的日期')
  await expect(page.getByText('发文字号的序号不编虚位，应为〔2026〕5号').first()).toBeVisible()
  await expect(page.getByText(/文档有 2 处问题，改正后才能预览/)).toBeVisible()
  await expect(page.getByText('成文日期：成文日期格式应为')).toBeVisible()
  await expect(page.getByText('预览未更新')).toBeVisible()
  await expect(preview(page)).toBeHidden()
  // Nothing with problems is printed: 打印 says why instead.
  await page.getByRole('button', { name: '打印' }).click()
  await expect(
    page.getByRole('alert').filter({ hasText: /文档有 2 处问题，请先改正/ }),
  ).toBeVisible()
  await expect(page.getByRole('dialog', { name: '打印预览' })).toBeHidden()
  await page
    .getByRole('alert')
    .filter({ hasText: /请先改正/ })
    .getByRole('button')
    .click()

  await field(page, '成文日期').fill('2026-02-28')
  await field(page, '发文字号').fill('津知函〔2026〕5号')
  // The problem list goes (a tooltip of a disabled button may still be fading out).
  await expect(page.getByText(/文档有 \d+ 处问题，改正后才能预览/)).toBeHidden()
  await expect(preview(page).locator('section.docx').first()).toBeVisible()
})

test('body blocks are added, moved and removed, and the preview follows', async ({ page }) => {
  await openApp(page)
  await newDocument(page, '报告')
  const blocks = page.getByRole('region', { name: '正文' })
  const count = await blocks.getByRole('button', { name: /^删除正文第\d+块$/ }).count()
  await blocks.getByRole('button', { name: '在正文末尾添加段落' }).click()
  const last = `正文第${String(count + 1)}块`
  await page.getByLabel(last, { exact: true }).fill('新增的最后一段')
  await page.getByRole('button', { name: `上移${last}` }).click()
  await expect(page.getByLabel(`正文第${String(count)}块`, { exact: true })).toHaveValue(
    '新增的最后一段',
  )
  await expect(preview(page)).toContainText('新增的最后一段')
  await page.getByRole('button', { name: `删除正文第${String(count)}块` }).click()
  await expect(blocks.getByRole('button', { name: /^删除正文第\d+块$/ })).toHaveCount(count)
  await expect(preview(page)).not.toContainText('新增的最后一段')
})

test('示例公文 are added with the demo data and cleared with it, leaving real entries', async ({
  page,
}) => {
  await openApp(page, '/documents')
  await page.getByRole('button', { name: '预留号' }).click()
  const dialog = page.getByRole('dialog', { name: '预留发文字号' })
  await dialog.getByLabel('机关代字').fill('津真发')
  await dialog.getByRole('button', { name: '预留' }).click()
  const real = `津真发〔${String(YEAR)}〕1号`
  await expect(page.getByRole('row', { name: real })).toBeVisible()

  await page.goto('/#/settings')
  await page.getByRole('button', { name: '加载示例数据' }).click()
  await expect(page.getByText(/公文 \d+ 份/)).toBeVisible()
  await page.goto(`/#/documents?series=${encodeURIComponent(`示例津知发|${String(YEAR)}`)}`)
  await expect(page.getByRole('row', { name: `示例津知发〔${String(YEAR)}〕4号` })).toContainText(
    '缺号',
  )

  await page.goto('/#/settings')
  await page.getByRole('button', { name: '清除示例数据' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '清除' }).click()
  await expect(page.getByText(/已清除 \d+ 条示例记录/)).toBeVisible()
  await page.goto('/#/documents')
  await page.getByLabel('机关代字和年份').click()
  await expect(page.getByRole('option', { name: /示例/ })).toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(page.getByRole('row', { name: real })).toBeVisible()
})

test('a new document takes its issuer and 机关代字 from the settings', async ({ page }) => {
  await openApp(page, '/settings')
  await page.getByLabel('默认发文机关').fill('天津市工商业联合会')
  await page.getByRole('button', { name: '保存设置' }).click()
  await expect(page.getByText('设置已保存')).toBeVisible()

  await newDocument(page, '通知')
  await expect(page.getByRole('button', { name: '天津市工商业联合会' })).toBeVisible()
  await expect(field(page, '机关代字')).toHaveValue('津工商联发')
  await expect(preview(page)).toContainText('天津市工商业联合会文件')
})
