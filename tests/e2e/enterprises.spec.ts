import { expect, test } from './fixtures'
import {
  VALID_CODE,
  WRONG_CODE,
  chooseOption,
  closeOptions,
  createEnterprise,
  fillEnterprise,
  openApp,
} from './helpers'

test('a new user creates an enterprise, is told a wrong code, fixes it, finds it again after a reload', async ({
  page,
}) => {
  const errors = await openApp(page)
  const nav = page.getByRole('navigation', { name: '模块导航' })
  await nav.getByRole('link', { name: '企业库' }).click()
  await expect(page.getByRole('heading', { name: '企业库' })).toBeVisible()
  await page.getByRole('button', { name: '新建企业' }).click()

  await fillEnterprise(page, {
    name: '天津海河智造科技有限公司',
    code: WRONG_CODE.toLowerCase(),
    district: '河西区',
  })
  await chooseOption(page, '企业规模', '小型')
  await page.getByLabel('发明专利').fill('12')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('统一社会信用代码校验位不正确，请核对')).toBeVisible()
  await expect(page.getByRole('heading', { name: '新建企业' })).toBeVisible()

  // Lower case is accepted and upper-cased.
  await page.getByLabel('统一社会信用代码').fill('91110000100006485k')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('heading', { name: '天津海河智造科技有限公司' })).toBeVisible()
  await expect(page.getByLabel('统一社会信用代码', { exact: true })).toHaveText(
    '91110000100006485K',
  )
  await expect(page.getByLabel('发明专利')).toHaveText('12')

  await nav.getByRole('link', { name: '企业库' }).click()
  await page.getByLabel('搜索企业库').fill('海河智造')
  await expect(page.getByRole('link', { name: '天津海河智造科技有限公司' })).toBeVisible()
  await expect(page.getByText('符合条件的 1 家')).toBeVisible()

  await page.reload()
  await expect(page.getByLabel('搜索企业库')).toHaveValue('海河智造')
  await expect(page.getByRole('link', { name: '天津海河智造科技有限公司' })).toBeVisible()
  await page.getByLabel('搜索企业库').fill('10000648')
  await expect(page.getByRole('link', { name: '天津海河智造科技有限公司' })).toBeVisible()
  expect(errors).toEqual([])
})

test('a code already in the registry is refused with a link to the existing enterprise', async ({
  page,
}) => {
  await openApp(page)
  await createEnterprise(page, { name: '天津先有科技有限公司', code: VALID_CODE })
  await page.goto('/#/enterprises/new')
  await fillEnterprise(page, { name: '天津后来科技有限公司', code: VALID_CODE })
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('该统一社会信用代码已在企业库中')).toBeVisible()
  await page.getByRole('link', { name: '天津先有科技有限公司' }).click()
  // Leaving a form with unsaved changes asks first.
  await expect(page.getByRole('dialog', { name: '放弃未保存的修改？' })).toBeVisible()
  await page.getByRole('button', { name: '放弃修改' }).click()
  await expect(page.getByRole('heading', { name: '天津先有科技有限公司' })).toBeVisible()
})

test('an enterprise is edited, deleted, and brought back with 撤销', async ({ page }) => {
  await openApp(page)
  await createEnterprise(page, { name: '天津待删除商贸有限公司', district: '南开区' })
  await page.getByRole('button', { name: '编辑' }).click()
  await chooseOption(page, '所属区', '红桥区')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByLabel('所属区', { exact: true })).toHaveText('红桥区')
  await expect(page.getByText('修改了：所属区')).toBeVisible()

  await page.goto('/#/enterprises')
  const row = page.getByRole('row', { name: /天津待删除商贸有限公司/ })
  await row.getByRole('checkbox').check()
  await page.getByRole('button', { name: '删除' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click()
  await expect(page.getByText('已删除“天津待删除商贸有限公司”')).toBeVisible()
  await expect(page.getByRole('link', { name: '天津待删除商贸有限公司' })).toHaveCount(0)
  await page.getByRole('button', { name: '撤销' }).click()
  await expect(page.getByRole('link', { name: '天津待删除商贸有限公司' })).toBeVisible()
})

test('the list filters by district and sorts by name', async ({ page }) => {
  await openApp(page)
  await createEnterprise(page, { name: '天津安达物流有限公司', district: '西青区' })
  await createEnterprise(page, { name: '天津北辰机械有限公司', district: '西青区' })
  await createEnterprise(page, { name: '天津众合食品有限公司', district: '东丽区' })
  await page.goto('/#/enterprises')
  // The detail page stays until the list has loaded (it labels a value 所属区 too).
  await expect(page.getByText('共 3 家')).toBeVisible()
  await chooseOption(page, '所属区', '西青区')
  await closeOptions(page)
  await expect(page.getByText('符合条件的 2 家')).toBeVisible()
  await expect(page.getByRole('link', { name: '天津众合食品有限公司' })).toHaveCount(0)
  await page.getByRole('columnheader', { name: '企业名称' }).click()
  const names = page.getByRole('row').getByRole('link')
  await expect(names).toHaveText(['天津安达物流有限公司', '天津北辰机械有限公司'])
  await page.getByRole('button', { name: '清除筛选' }).click()
  await expect(page.getByText('共 3 家')).toBeVisible()
})
