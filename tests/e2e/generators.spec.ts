import { readFile } from 'node:fs/promises'
import { strFromU8, unzipSync } from 'fflate'
import { expect, test, type Page } from './fixtures'
import { addFollowUp, createEnterprise, openApp } from './helpers'

const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true })
const preview = (page: Page) => page.getByRole('document', { name: '公文预览' })

test('an enterprise page generates its 企业服务情况函, prefilled, linked both ways and registered', async ({
  page,
}) => {
  const errors = await openApp(page)
  const company = '天津海河生成测试科技有限公司'
  await createEnterprise(page, { name: company, district: '和平区' })
  await addFollowUp(page, '提供专利导航分析报告', '2026年12月2日')
  await addFollowUp(page, '协助办理商标续展')
  await expect(page.getByRole('region', { name: '生成的公文' })).toContainText('还没有')

  await page.getByRole('link', { name: '生成企业服务情况函' }).click()
  await expect(page.getByRole('heading', { name: '新建公文' })).toBeVisible()
  await expect(page.getByText(/根据企业“天津海河生成测试科技有限公司”生成/)).toBeVisible()
  await expect(field(page, '主送机关')).toHaveValue(company)
  await expect(field(page, '标题')).toHaveValue('关于贵公司知识产权服务事项办理情况的函')
  // The follow-ups are a table in the letter, in their order.
  await expect(preview(page)).toContainText('提供专利导航分析报告')
  await expect(preview(page)).toContainText('协助办理商标续展')
  await expect(preview(page)).toContainText('以上2项事项中，尚未开始2项。')
  await page.screenshot({ path: 'test-results/screens/generated-letter-editor.png' })

  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByText('已保存到发文登记')).toBeVisible()
  await expect(page).toHaveURL(/#\/documents\/[0-9A-Z]{26}$/)

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: '保存为 Word' }).click()
  const download = await downloading
  const files = unzipSync(new Uint8Array(await readFile(await download.path())))
  const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array())
  expect(xml.replace(/<[^>]+>/g, '')).toContain('提供专利导航分析报告')
  expect(xml).toContain('<w:tbl>')

  // Back to the enterprise through the notice: the letter is listed there.
  await page.getByRole('link', { name: `“${company}”` }).click()
  const generated = page.getByRole('region', { name: '生成的公文' })
  await expect(
    generated.getByRole('link', { name: '关于贵公司知识产权服务事项办理情况的函' }),
  ).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/enterprise-generated-documents.png' })

  // And in the 发文登记.
  await page
    .getByRole('navigation', { name: '模块导航' })
    .getByRole('link', { name: '公文' })
    .click()
  await expect(
    page
      .getByRole('table', { name: '发文登记' })
      .getByRole('row', { name: /关于贵公司知识产权服务事项办理情况的函/ }),
  ).toBeVisible()
  expect(errors).toEqual([])
})

test('a generator on a record that is gone says so in Chinese', async ({ page }) => {
  await openApp(page, '/documents/new?generator=enterprise-service-letter&source=NO-SUCH-ID')
  await expect(page.getByText('生成公文的记录不存在或已被删除')).toBeVisible()
  await expect(page.getByRole('link', { name: '返回发文登记' })).toBeVisible()
})
