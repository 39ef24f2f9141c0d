import { expect, test, type Page } from './fixtures'
import { openWithSamples } from './helpers'

/**
 * Visits every screen with demo data loaded, checks that none logs an error, and keeps a
 * screenshot of each in test-results/screens/ for review.
 */
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true })

test('every screen renders without errors', async ({ page }) => {
  const errors = await openWithSamples(page)
  await shot(page, 'settings')

  await page.goto('/#/')
  await expect(page.getByLabel('企业库数量')).toHaveText('60')
  // Each module's card shows its whole name on one line, however many modules there are.
  const cramped = await page.locator('[aria-label$="数量"]').evaluateAll((counts) =>
    counts
      .map((count) => count.previousElementSibling)
      .filter((title): title is HTMLElement => title instanceof HTMLElement)
      .filter((title) => title.scrollWidth > title.clientWidth || title.offsetHeight > 30)
      .map((title) => title.textContent),
  )
  expect(cramped).toEqual([])
  await shot(page, 'dashboard')

  await page.goto('/#/enterprises')
  await expect(page.getByText('共 60 家')).toBeVisible()
  await shot(page, 'enterprise-list')

  await page.getByRole('row').nth(1).getByRole('link').click()
  await expect(page.getByText('知识产权概况')).toBeVisible()
  await shot(page, 'enterprise-detail')

  await page.getByRole('button', { name: '编辑' }).click()
  // The detail page stays until the form has loaded (it labels the values the same way).
  await expect(page.getByRole('heading', { name: '编辑企业' })).toBeVisible()
  await page.getByLabel('统一社会信用代码').fill('91120116MA05X1XX7D')
  await page.getByLabel('企业名称').click()
  await expect(page.getByText(/统一社会信用代码/).nth(1)).toBeVisible()
  await shot(page, 'enterprise-form-error')

  await page.goto('/#/enterprises')
  await page.getByRole('button', { name: '导入' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await shot(page, 'enterprise-import')
  await page.getByRole('button', { name: '取消' }).click()

  await page.getByLabel('全局搜索').fill('天津')
  await expect(page.getByRole('option').first()).toBeVisible()
  await shot(page, 'global-search')
  await page.keyboard.press('Escape')

  await page.goto('/#/follow-ups')
  await expect(page.getByText('共 12 项')).toBeVisible()
  await shot(page, 'follow-up-list')

  await page.goto('/#/directory/orgs')
  await expect(page.getByText(/共 \d+ 个/)).toBeVisible()
  await shot(page, 'org-list')
  await page.goto('/#/directory/orgs/org-city-ip')
  await expect(page.getByText(/联系人（\d+）/)).toBeVisible()
  await shot(page, 'org-detail')
  await page.goto('/#/directory/contacts')
  await expect(page.getByText(/共 \d+ 人/)).toBeVisible()
  await shot(page, 'contact-list')
  await page.goto('/#/directory/contacts/new')
  await expect(page.getByRole('heading', { name: '新建联系人' })).toBeVisible()
  await shot(page, 'contact-form')
  await page.goto('/#/documents')
  await page.getByLabel('机关代字和年份').click()
  await page.getByRole('option', { name: /^示例津知发/ }).click()
  await expect(page.locator('.MuiPopover-root')).toHaveCount(0)
  await expect(page.getByRole('row', { name: /4号/ })).toContainText('缺号')
  await shot(page, 'document-register')
  await page.goto('/#/documents/new')
  await expect(page.getByRole('heading', { name: '新建公文' })).toBeVisible()
  await shot(page, 'document-templates')
  await page.getByRole('link', { name: /^通知/ }).click()
  const preview = page.getByRole('document', { name: '公文预览' })
  await expect(preview.locator('section.docx').first()).toBeVisible()
  await expect(page.getByText(/约 \d+ 页/)).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/document-editor.png' })
  await page.getByRole('textbox', { name: '成文日期', exact: true }).fill('2026-13-01')
  await expect(page.getByText('预览未更新')).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/document-editor-invalid.png' })
  await page.getByRole('textbox', { name: '成文日期', exact: true }).fill('2026-03-01')
  await expect(page.getByText(/约 \d+ 页/)).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await page.screenshot({ path: 'test-results/screens/document-print.png' })
  await page.emulateMedia({ media: 'screen' })
  await page.goto('/#/documents?series=' + encodeURIComponent('|0'))
  await expect(page.getByRole('table', { name: '发文登记' })).toContainText('会商会纪要')
  await shot(page, 'document-register-unnumbered')

  await page.goto('/#/no-such-page')
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible()

  expect(errors).toEqual([])
})
