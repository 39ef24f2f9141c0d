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

  await page.goto('/#/settings')
  await page.getByRole('button', { name: '清除示例数据' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '清除' }).click()
  await expect(page.getByText(/已清除 \d+ 条示例记录/)).toBeVisible()
  await page.goto('/#/')
  await expect(page.getByLabel('企业库数量')).toHaveText('1')
  await expect(page.getByLabel('机构数量')).toHaveText('34')
  await expect(page.getByLabel('联系人数量')).toHaveText('0')
})
