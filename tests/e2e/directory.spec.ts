import { expect, test } from './fixtures'
import { chooseOption, closeOptions, openApp } from './helpers'

test('the directory starts with the city and 16 district bodies of both sides', async ({
  page,
}) => {
  await openApp(page, '/directory/orgs')
  await expect(page.getByText('共 34 个')).toBeVisible()
  await chooseOption(page, '所属区', '滨海新区')
  await closeOptions(page)
  await expect(page.getByRole('link', { name: '滨海新区知识产权局' })).toBeVisible()
  await expect(page.getByRole('link', { name: '滨海新区工商业联合会' })).toBeVisible()
  await page.getByRole('button', { name: '清除筛选' }).click()
  await page.getByLabel('搜索机构').fill('知识产权局')
  await page.getByRole('link', { name: '天津市知识产权局' }).click()
  await expect(page.getByLabel('内设部门', { exact: true })).toHaveText('专利管理处、保护处')
})

test('a contact is added to an organisation, found by search and listed on the organisation', async ({
  page,
}) => {
  await openApp(page, '/directory/orgs')
  await page.getByLabel('搜索机构').fill('市工商业联合会')
  await page.getByRole('link', { name: '天津市工商业联合会' }).click()
  await page.getByRole('link', { name: '新建联系人' }).click()
  await expect(page.getByRole('heading', { name: '新建联系人' })).toBeVisible()
  // The organisation is already chosen.
  await expect(page.getByRole('combobox', { name: '单位' })).toHaveValue('天津市工商业联合会')
  await page.getByLabel('姓名').fill('赵敏')
  await page.getByLabel('部门').fill('法律服务部')
  await page.getByLabel('职务').fill('副部长')
  await page.getByLabel('手机').fill('13812345678')
  await page.getByLabel('邮箱').fill('not-an-email')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('邮箱格式不正确')).toBeVisible()
  await page.getByLabel('邮箱').fill('zhaomin@example.cn')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('heading', { name: '赵敏' })).toBeVisible()
  await expect(page.getByLabel('单位', { exact: true })).toHaveText('天津市工商业联合会')

  await page.getByLabel('全局搜索').fill('13812345678')
  await page.getByRole('option', { name: /赵敏/ }).click()
  await expect(page.getByRole('heading', { name: '赵敏' })).toBeVisible()

  await page.goto('/#/directory/contacts')
  await chooseOption(page, '单位', '天津市工商业联合会')
  await closeOptions(page)
  await expect(page.getByRole('link', { name: '赵敏' })).toBeVisible()

  await page.goto('/#/directory/orgs/org-city-federation')
  await expect(page.getByText('联系人（1）')).toBeVisible()
  await expect(page.getByRole('link', { name: '赵敏' })).toBeVisible()
})

test('an organisation can be renamed; a district body needs its district', async ({ page }) => {
  await openApp(page, '/directory/orgs/org-hexi-ip/edit')
  await page.getByLabel('单位名称').fill('河西区市场监督管理局（知识产权局）')
  await chooseOption(page, '所属区', '未选择')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('区级单位请选择所属区')).toBeVisible()
  await chooseOption(page, '所属区', '河西区')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(
    page.getByRole('heading', { name: '河西区市场监督管理局（知识产权局）' }),
  ).toBeVisible()
})
