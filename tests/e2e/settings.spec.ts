import { expect, test } from './fixtures'
import { openApp } from './helpers'

test('the user name set in settings is recorded with each change', async ({ page }) => {
  await openApp(page, '/settings')
  await page.getByLabel('您的姓名').fill('李明')
  await page.getByLabel('本单位').fill('市知识产权')
  await page.getByRole('option', { name: /天津市知识产权局/ }).click()
  await page.getByRole('button', { name: '保存设置' }).click()
  await expect(page.getByText('设置已保存')).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('您的姓名')).toHaveValue('李明')
  await expect(page.getByLabel('本单位')).toHaveValue('天津市知识产权局')

  await page.goto('/#/enterprises/new')
  await page.getByLabel('企业名称').fill('天津署名测试有限公司')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText(/李明\s+创建/)).toBeVisible()
  await page.goto('/#/')
  await expect(page.getByText('李明，您好')).toBeVisible()
  await expect(page.getByText(/李明 · 新建/)).toBeVisible()
})

test('示例数据 fills every module, is marked, and clearing removes exactly it', async ({
  page,
}) => {
  await openApp(page, '/enterprises/new')
  await page.getByLabel('企业名称').fill('天津真实企业有限公司')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('heading', { name: '天津真实企业有限公司' })).toBeVisible()

  await page.goto('/#/settings')
  await page.getByRole('button', { name: '加载示例数据' }).click()
  await expect(page.getByText(/已加载示例数据：企业 60 家/)).toBeVisible()
  await expect(page.getByRole('button', { name: '加载示例数据' })).toBeDisabled()

  await page.goto('/#/')
  await expect(page.getByLabel('企业库数量')).toHaveText('61')
  await expect(page.getByLabel('联系人数量')).not.toHaveText('0')
  await page.goto('/#/enterprises')
  await expect(page.getByText('示例').first()).toBeVisible()
  await page.goto('/#/directory/contacts')
  await expect(page.getByText('示例').first()).toBeVisible()

  // A sample someone edited is the user's now: clearing keeps it and says why.
  await page.goto('/#/enterprises')
  const edited = page.getByRole('grid').getByRole('link').first()
  const editedName = (await edited.textContent()) ?? ''
  await edited.click()
  await page.getByRole('button', { name: '编辑' }).click()
  await page.getByRole('textbox', { name: '备注' }).fill('已上门走访，企业愿意参加培训')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('修改了：备注')).toBeVisible()

  await page.goto('/#/settings')
  await page.getByRole('button', { name: '清除示例数据' }).click()
  const confirm = page.getByRole('dialog', { name: '清除示例数据' })
  await expect(confirm).toContainText(`企业“${editedName}”（已被修改）`)
  await page.screenshot({ path: 'test-results/screens/settings-clear-samples.png' })
  await confirm.getByRole('button', { name: '清除' }).click()
  await expect(page.getByText(/已清除 \d+ 条示例记录，保留 \d+ 条/)).toBeVisible()
  await page.goto('/#/')
  await expect(page.getByLabel('企业库数量')).toHaveText('2')
  await expect(page.getByLabel('机构数量')).toHaveText('34')
  await expect(page.getByLabel('联系人数量')).toHaveText('0')
})

test('工作日历 takes the holidays of a year not yet built in, keeps them, and refuses a date twice', async ({
  page,
}) => {
  const errors = await openApp(page, '/settings')
  const panel = page.locator('div', { has: page.getByText('工作日历', { exact: true }) }).last()
  await expect(panel.getByText(/已内置国务院公布的 2004–20\d\d 年放假安排/)).toBeVisible()
  await expect(panel.getByText('尚未添加任何日期。')).toBeVisible()

  // Nothing filled in: told what is missing, in Chinese.
  await panel.getByRole('button', { name: '添加' }).click()
  await expect(panel.getByText('请选择日期')).toBeVisible()
  await expect(panel.getByText('请填写名称，如“国庆节”')).toBeVisible()

  await panel.getByLabel('日期').fill('2031-10-01')
  await panel.getByLabel('名称').fill('国庆节')
  await panel.getByRole('button', { name: '添加' }).click()
  await expect(page.getByText('已添加 2031-10-01')).toBeVisible()

  await panel.getByLabel('日期').fill('2031-10-04')
  await panel.getByLabel('类型').click()
  await page.getByRole('option', { name: '上班（调休）' }).click()
  await panel.getByLabel('名称').fill('国庆节调休')
  await panel.getByRole('button', { name: '添加' }).click()
  await expect(page.getByText('已添加 2031-10-04')).toBeVisible()

  await panel.getByLabel('日期').fill('2031-10-01')
  await panel.getByLabel('名称').fill('重复')
  await panel.getByRole('button', { name: '添加' }).click()
  await expect(panel.getByText('该日期已在工作日历中，请先删除原来的设置')).toBeVisible()

  await page.reload()
  const table = page.getByRole('table', { name: '工作日历' })
  await expect(table.getByRole('row')).toHaveCount(3)
  await expect(table.getByRole('row').nth(1)).toContainText('2031-10-01放假国庆节')
  await expect(table.getByRole('row').nth(2)).toContainText('2031-10-04上班（调休）国庆节调休')
  await page.screenshot({ path: 'test-results/screens/settings-work-calendar.png', fullPage: true })

  await table.getByRole('button', { name: '删除 2031-10-01' }).click()
  await expect(page.getByText('已删除 2031-10-01')).toBeVisible()
  await page.reload()
  await expect(page.getByRole('table', { name: '工作日历' }).getByRole('row')).toHaveCount(2)
  expect(errors).toEqual([])
})
