import { expect, test } from './fixtures'
import { fillEnterprise, openApp, VALID_CODE } from './helpers'
import { onePagePdf } from './files'

test('a date is typed the Chinese way, files are attached and previewed, and all survive a reload', async ({
  page,
}) => {
  const errors = await openApp(page, '/enterprises/new')
  await fillEnterprise(page, { name: '天津附件测试有限公司', code: VALID_CODE, district: '河西区' })

  const founded = page.getByRole('textbox', { name: '成立日期' })
  await founded.fill('2026年12月2日')
  await founded.blur()
  await expect(founded).toHaveValue('2026-12-02')
  await founded.fill('2026年2月30日')
  await founded.blur()
  await expect(page.getByText('成立日期不是有效的日期')).toBeVisible()
  await founded.fill('2026.12.2')
  await founded.blur()
  await expect(founded).toHaveValue('2026-12-02')
  await expect(page.getByText('成立日期不是有效的日期')).toBeHidden()

  // A photo (a screenshot of the form), a PDF and a program the field refuses.
  const photo = await page.screenshot({ clip: { x: 0, y: 0, width: 120, height: 80 } })
  await page.getByLabel('选择附件文件').setInputFiles([
    { name: '现场照片.png', mimeType: 'image/png', buffer: photo },
    { name: '营业执照.pdf', mimeType: 'application/pdf', buffer: onePagePdf() },
    { name: '工具.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') },
  ])
  await expect(page.getByText('“工具.exe”的类型不能作为附件')).toBeVisible()
  const attached = page.getByRole('list', { name: '附件列表' })
  await expect(attached.getByRole('listitem')).toHaveCount(2)
  await page.screenshot({
    path: 'test-results/screens/enterprise-form-attachments.png',
    fullPage: true,
  })

  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('heading', { name: '天津附件测试有限公司' })).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('成立日期', { exact: true })).toHaveText('2026-12-02')

  await page.getByRole('button', { name: '现场照片.png' }).click()
  const preview = page.getByRole('dialog')
  const image = preview.getByRole('img', { name: '现场照片.png' })
  await expect(image).toBeVisible()
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
  await preview.getByRole('button', { name: '关闭' }).click()

  await page.getByRole('button', { name: '营业执照.pdf' }).click()
  const firstPage = preview.getByLabel('第 1 页')
  await expect(firstPage).toBeVisible()
  // The black square is drawn: the page's centre is dark.
  await expect
    .poll(() =>
      firstPage.evaluate((canvas: HTMLCanvasElement) => {
        const context = canvas.getContext('2d')
        const pixel = context?.getImageData(canvas.width / 2, canvas.height / 2, 1, 1).data
        return pixel ? pixel[0] : 255
      }),
    )
    .toBeLessThan(50)
  await page.screenshot({ path: 'test-results/screens/attachment-pdf-preview.png' })
  await preview.getByRole('button', { name: '关闭' }).click()

  // A file is removed in the form; the record keeps the other.
  await page.getByRole('button', { name: '编辑' }).click()
  await page.getByRole('button', { name: '移除营业执照.pdf' }).click()
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('heading', { name: '天津附件测试有限公司' })).toBeVisible()
  await expect(page.getByRole('list', { name: '附件列表' }).getByRole('listitem')).toHaveCount(1)
  expect(errors).toEqual([])
})

test('the calendar button picks a date', async ({ page }) => {
  await openApp(page, '/enterprises/new')
  await page.getByRole('textbox', { name: '成立日期' }).fill('2026-12-02')
  await page.getByRole('button', { name: '选择成立日期' }).click()
  await page.getByRole('gridcell', { name: '15' }).click()
  await expect(page.getByRole('textbox', { name: '成立日期' })).toHaveValue('2026-12-15')
})
