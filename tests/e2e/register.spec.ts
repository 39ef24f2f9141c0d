import { execFile } from 'node:child_process'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { expect, test, type Page } from './fixtures'
import { strFromU8, unzipSync } from 'fflate'
import { openApp } from './helpers'

/**
 * What the 发文登记 promises a user: a refused or voided number never reaches a file, the states
 * say what happened, printing says what it prints, and a document travels as its definition.
 */

const YEAR = new Date().getFullYear()
const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true })
/** A screenshot for review, in test-results/screens/. */
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true })
const snackbar = (page: Page, text: string | RegExp) =>
  page.getByRole('alert').filter({ hasText: text })

async function newDocument(page: Page, template: string) {
  await page.goto('/#/documents')
  await page.getByRole('button', { name: '新建公文' }).click()
  await page.getByRole('menuitem', { name: new RegExp(`^${template}`) }).click()
  await expect(page.getByRole('heading', { name: '新建公文' })).toBeVisible()
}

/** Fails if a download starts while `action` runs and for a moment after. */
async function expectNoDownload(page: Page, action: () => Promise<void>) {
  let downloaded = false
  const onDownload = () => {
    downloaded = true
  }
  page.on('download', onDownload)
  await action()
  await page.waitForTimeout(1500)
  page.off('download', onDownload)
  expect(downloaded, 'no file was downloaded').toBe(false)
}

async function documentXml(path: string): Promise<string> {
  const files = unzipSync(new Uint8Array(await readFile(path)))
  return strFromU8(files['word/document.xml'] ?? new Uint8Array())
}

test('a 发文字号 used by another document is refused as it is typed and never reaches a file', async ({
  page,
}) => {
  const errors = await openApp(page)
  await newDocument(page, '通知')
  await field(page, '机关代字').fill('津重发')
  await page.getByRole('button', { name: '取号' }).click()
  const number = `津重发〔${String(YEAR)}〕1号`
  await expect(field(page, '发文字号')).toHaveValue(number)
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: '保存为 Word' }).click()
  await downloading

  await newDocument(page, '通报')
  await field(page, '发文字号').fill(number)
  const message = new RegExp(`发文字号 ${number} 已由“.+”使用（已用）`)
  // Said on the field before anything is saved.
  await expect(page.getByText(message).first()).toBeVisible()
  await expectNoDownload(page, () => page.getByRole('button', { name: '保存为 Word' }).click())
  await expect(snackbar(page, message)).toBeVisible()
  await shot(page, 'document-number-refused')
  await page.getByRole('button', { name: '打印' }).click()
  await expect(snackbar(page, message)).toBeVisible()
  await expect(page.getByRole('dialog', { name: '打印预览' })).toBeHidden()
  expect(errors).toEqual([])
})

test('a voided number stays voided: writing from its row takes a new number, after asking', async ({
  page,
}) => {
  const errors = await openApp(page, '/documents')
  await page.getByRole('button', { name: '预留号' }).click()
  const dialog = page.getByRole('dialog', { name: '预留发文字号' })
  await dialog.getByLabel('机关代字').fill('津废发')
  await dialog.getByLabel('数量').fill('1')
  await dialog.getByRole('button', { name: '预留' }).click()
  const n = (sequence: number) => `津废发〔${String(YEAR)}〕${String(sequence)}号`
  const voided = page.getByRole('row', { name: n(1) })
  await voided.getByRole('button', { name: '作废' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '作废' }).click()
  await expect(voided).toContainText('作废')
  await expect(voided.getByRole('button', { name: '撰写', exact: true })).toBeHidden()

  // Typing the voided number by hand is refused too.
  await newDocument(page, '通知')
  await field(page, '发文字号').fill(n(1))
  await expect(page.getByText(`发文字号 ${n(1)} 已作废，号码不再使用`).first()).toBeVisible()

  await page.goto(`/#/documents?series=${encodeURIComponent(`津废发|${String(YEAR)}`)}`)
  await page
    .getByRole('row', { name: n(1) })
    .getByRole('button', { name: '用新号撰写' })
    .click()
  const ask = page.getByRole('dialog', { name: '用新号撰写' })
  await expect(ask).toContainText(`${n(1)} 已作废，不再使用`)
  await shot(page, 'register-rewrite-voided')
  await ask.getByRole('button', { name: '取新号' }).click()
  await expect(page.getByRole('heading', { name: `撰写 ${n(2)}` })).toBeVisible()
  await page.getByRole('link', { name: /^通知/ }).click()
  await expect(field(page, '发文字号')).toHaveValue(n(2))

  await page.goto(`/#/documents?series=${encodeURIComponent(`津废发|${String(YEAR)}`)}`)
  await expect(page.getByRole('row', { name: n(1) })).toContainText('作废')
  await expect(page.getByRole('row', { name: n(2) })).toContainText('预留未用')
  await shot(page, 'register-voided-and-new')

  // The voided entry itself cannot be issued.
  await page
    .getByRole('row', { name: n(1) })
    .getByRole('link', { name: n(1) })
    .click()
  await expect(
    page.getByRole('alert').filter({ hasText: `发文字号 ${n(1)} 已作废，不再使用` }),
  ).toBeVisible()
  await expect(page.getByRole('button', { name: '保存为 Word' })).toHaveCount(0)
  await shot(page, 'document-voided')
  expect(errors).toEqual([])
})

test('register states say what happened, and the editor warns before a slip', async ({ page }) => {
  const errors = await openApp(page, '/documents')
  const n = (sequence: number, year = YEAR) => `津态发〔${String(year)}〕${String(sequence)}号`
  await page.getByRole('button', { name: '预留号' }).click()
  const dialog = page.getByRole('dialog', { name: '预留发文字号' })
  await dialog.getByLabel('机关代字').fill('津态发')
  await dialog.getByLabel('数量').fill('1')
  await dialog.getByRole('button', { name: '预留' }).click()
  await expect(page.getByRole('row', { name: n(1) })).toContainText('预留未用')

  // Typing a reserved number by hand points to the reservation.
  await newDocument(page, '通知')
  await field(page, '发文字号').fill(n(1))
  await expect(
    page.getByText(`发文字号 ${n(1)} 已预留；要用这个号，请在发文登记中该号一行点“撰写”`).first(),
  ).toBeVisible()

  // A number of another year than the 成文日期 is warned about, not refused.
  await field(page, '发文字号').fill(n(2, YEAR - 1))
  await expect(
    page.getByText(
      `发文字号的年份（${String(YEAR - 1)}）与成文日期的年份（${String(YEAR)}）不一致`,
    ),
  ).toBeVisible()
  await shot(page, 'document-year-warning')
  await field(page, '发文字号').fill(n(2))
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByLabel('登记状态：草稿')).toBeVisible()

  // Saved as Word it is 已用, and editing it afterwards warns that the issued file will differ.
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: '保存为 Word' }).click()
  await downloading
  await expect(page.getByLabel('登记状态：已用')).toBeVisible()
  await expect(page.getByText(/已保存为 Word（.+）并登记为已用/)).toBeVisible()
  await field(page, '标题').fill('关于修改后再次发出的通知')
  await expect(page.getByText(/您正在修改它：已经发出的文件不会随之改变/)).toBeVisible()
  await shot(page, 'document-issued-edited')
  await page.goto(`/#/documents?series=${encodeURIComponent(`津态发|${String(YEAR)}`)}`)
  await expect(page.getByLabel('登记概况')).toContainText('已发文 1 份')
  await shot(page, 'register-states')

  // A document without a number saved as Word is 已成文, not 已用.
  await newDocument(page, '纪要')
  const saving = page.waitForEvent('download')
  await page.getByRole('button', { name: '保存为 Word' }).click()
  await saving
  await expect(page.getByLabel('登记状态：已成文')).toBeVisible()
  expect(errors).toEqual([])
})

test('打印 in a browser says that the word processor’s pages are the ones that count', async ({
  page,
}) => {
  const errors = await openApp(page)
  await newDocument(page, '函')
  await page.evaluate(() => {
    // Record instead of opening the browser's print dialog.
    ;(window as unknown as { printed: number }).printed = 0
    window.print = () => {
      ;(window as unknown as { printed: number }).printed++
    }
  })
  await page.getByRole('button', { name: '打印' }).click()
  const dialog = page.getByRole('dialog', { name: '打印预览' })
  await expect(dialog).toContainText('预览的分页是估算的')
  await expect(dialog).toContainText('以 WPS 或 Word 打开保存的 .docx 文件打印的为准')
  await shot(page, 'document-print-preview-dialog')
  await dialog.getByRole('button', { name: '取消' }).click()
  // Gone, backdrop included, before 打印 is clicked again.
  await expect(dialog).toBeHidden()
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(0)
  await page.getByRole('button', { name: '打印' }).click()
  await page
    .getByRole('dialog', { name: '打印预览' })
    .getByRole('button', { name: '仍打印预览' })
    .click()
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
    .toBe(1)
  expect(errors).toEqual([])
})

test('导出定义 gives the JSON the command line renders to the same document, and 打开定义 reads it back', async ({
  page,
}) => {
  const errors = await openApp(page)
  await newDocument(page, '通知')
  const title = '关于导出定义并批量生成的通知'
  await field(page, '标题').fill(title)
  await field(page, '发文字号').fill(`津定发〔${String(YEAR)}〕7号`)

  const exporting = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出定义' }).click()
  const exported = await exporting
  expect(exported.suggestedFilename()).toBe(`津定发〔${String(YEAR)}〕7号 ${title}.json`)
  const folder = await mkdtemp(join(tmpdir(), 'xiezhi-definition-'))
  const jsonPath = join(folder, 'definition.json')
  await exported.saveAs(jsonPath)

  const saving = page.waitForEvent('download')
  await page.getByRole('button', { name: '保存为 Word' }).click()
  const word = await saving

  const cliPath = join(folder, 'cli.docx')
  await promisify(execFile)('npx', ['tsx', 'scripts/gongwen.ts', 'render', jsonPath, '-o', cliPath])
  expect(await documentXml(cliPath)).toBe(await documentXml(await word.path()))

  // A new document opened from the definition holds the same content.
  await newDocument(page, '函')
  await page.getByLabel('选择公文定义文件').setInputFiles(jsonPath)
  await expect(field(page, '标题')).toHaveValue(title)
  await expect(snackbar(page, '已打开定义：definition.json')).toBeVisible()
  // The number came with it, and the register says it is taken now.
  await expect(
    page.getByText(/已由“关于导出定义并批量生成的通知”使用（已用）/).first(),
  ).toBeVisible()

  // Not a definition: said in Chinese, nothing replaced.
  await page.getByLabel('选择公文定义文件').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('[1, 2]'),
  })
  await expect(snackbar(page, '“notes.json”不是公文定义（应为一个 JSON 对象）')).toBeVisible()
  await expect(field(page, '标题')).toHaveValue(title)
  expect(errors).toEqual([])
})
