import { expect, test, type Page } from './fixtures'
import { createEnterprise, openApp, openWithSamples } from './helpers'

/**
 * Lists and search as a new user met them: the order of 所属区 and 企业规模, the search box that
 * follows the URL, the tag filter's any/all, the top bar's search, the 工作台's 未填写.
 * Screenshots of each screen go to test-results/screens/.
 */
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true })

const DISTRICT_ORDER = [
  '和平区',
  '河东区',
  '河西区',
  '南开区',
  '河北区',
  '红桥区',
  '东丽区',
  '西青区',
  '津南区',
  '北辰区',
  '武清区',
  '宝坻区',
  '滨海新区',
  '宁河区',
  '静海区',
  '蓟州区',
]

/** The values shown in a column of the grid, top to bottom. */
const column = (page: Page, field: string) =>
  page.locator(`[role="gridcell"][data-field="${field}"]`).allTextContents()

test('所属区 sorts in the official order of the districts, 企业规模 from 大型 to 微型', async ({
  page,
}) => {
  await openWithSamples(page)
  await page.goto('/#/enterprises')
  await expect(page.getByText('共 60 家')).toBeVisible()

  await page.getByRole('columnheader', { name: '所属区' }).click()
  await expect(page).toHaveURL(/sort=district&dir=asc/)
  // The grid keeps the previous rows while the next page loads: wait for the order.
  await expect
    .poll(async () => {
      const ranks = (await column(page, 'district')).map((d) => DISTRICT_ORDER.indexOf(d))
      return (
        ranks.length > 10 &&
        ranks[0] === 0 &&
        ranks.every((r, i) => i === 0 || r >= (ranks[i - 1] ?? 0))
      )
    })
    .toBe(true)
  await shot(page, 'enterprise-list-by-district')

  const order = ['大型', '中型', '小型', '微型']
  const scalesSorted = async (first: string, sign: 1 | -1) => {
    const ranks = (await column(page, 'scale')).map((s) => order.indexOf(s))
    return (
      ranks.length > 10 &&
      order[ranks[0] ?? -1] === first &&
      ranks.every((r, i) => i === 0 || (r - (ranks[i - 1] ?? 0)) * sign >= 0)
    )
  }
  await page.getByRole('columnheader', { name: '企业规模' }).click()
  await expect(page).toHaveURL(/sort=scale&dir=asc/)
  await expect.poll(() => scalesSorted('大型', 1)).toBe(true)
  await page.getByRole('columnheader', { name: '企业规模' }).click()
  await expect(page).toHaveURL(/sort=scale&dir=desc/)
  await expect.poll(() => scalesSorted('微型', -1)).toBe(true)
})

test('the search box shows the search the list uses, also after the navigation link', async ({
  page,
}) => {
  await openWithSamples(page)
  await page.goto('/#/enterprises')
  const box = page.getByLabel('搜索企业库')
  await box.fill('科技')
  await expect(page).toHaveURL(/q=%E7%A7%91%E6%8A%80/)
  await expect(page.getByText(/符合条件的 \d+ 家/)).toBeVisible()

  await page
    .getByRole('navigation', { name: '模块导航' })
    .getByRole('link', { name: '企业库' })
    .click()
  await expect(page.getByText('共 60 家')).toBeVisible()
  await expect(box).toHaveValue('')

  await page.goBack()
  await expect(box).toHaveValue('科技')
  await expect(page.getByText(/符合条件的 \d+ 家/)).toBeVisible()
})

test('the tag filter says and lets the user choose whether any or all tags must match', async ({
  page,
}) => {
  await openWithSamples(page)
  await page.goto('/#/enterprises')
  await page.getByLabel('企业标签', { exact: true }).click()
  await page.getByRole('option', { name: '高新技术企业' }).click()
  await page.getByRole('option', { name: '科技型中小企业' }).click()
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/tags=.*tags=/)
  const anyButton = page.getByRole('button', { name: '任一标签' })
  const allButton = page.getByRole('button', { name: '全部标签' })
  await expect(anyButton).toHaveAttribute('aria-pressed', 'true')
  const chosen = ['高新技术企业', '科技型中小企业']
  /** How many shown rows have both tags, and how many rows are shown. */
  const withBoth = async () => {
    const tags = await column(page, 'tags')
    return {
      both: tags.filter((t) => chosen.every((c) => t.includes(c))).length,
      rows: tags.length,
    }
  }
  const countText = page.getByText(/符合条件的 \d+ 家/)
  const shownCount = async () => Number((await countText.textContent())?.match(/\d+/)?.[0])
  // Any: some rows have only one of the two tags.
  await expect
    .poll(async () => {
      const { both, rows } = await withBoth()
      return rows > 0 && both < rows
    })
    .toBe(true)
  const anyCount = await shownCount()

  await allButton.click()
  await expect(page).toHaveURL(/tagsMatch=all/)
  await expect(allButton).toHaveAttribute('aria-pressed', 'true')
  // All: every row has both.
  await expect
    .poll(async () => {
      const { both, rows } = await withBoth()
      return rows > 0 && both === rows
    })
    .toBe(true)
  const allCount = await shownCount()
  expect(allCount).toBeLessThan(anyCount)
  await shot(page, 'enterprise-list-tags-all')

  // The choice is in the URL: a reload keeps it.
  await page.reload()
  await expect(page.getByRole('button', { name: '全部标签' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(page.getByText(`符合条件的 ${String(allCount)} 家`)).toBeVisible()
})

test('global search: Ctrl+K, a contact with its unit, 查看全部 with counts', async ({ page }) => {
  await openWithSamples(page)
  await page.goto('/#/')
  await page.keyboard.press('Control+k')
  const search = page.getByLabel('全局搜索')
  await expect(search).toBeFocused()

  await search.fill('处长')
  await expect(
    page.getByRole('option').filter({ hasText: '天津市知识产权局 · 专利管理处 · 处长' }),
  ).toBeVisible()
  await shot(page, 'global-search-contact')

  await search.fill('天津')
  const more = page.getByRole('option', { name: /查看全部 \d+ 条结果/ })
  await expect(more).toBeVisible()
  await expect(page.getByRole('option')).toHaveCount(21)
  await shot(page, 'global-search-more')
  const total = Number((await more.textContent())?.match(/\d+/)?.[0])
  expect(total).toBeGreaterThan(60)

  await more.click()
  await expect(page.getByRole('heading', { name: '搜索结果' })).toBeVisible()
  await expect(page.getByText(`“天津”共 ${String(total)} 条结果`)).toBeVisible()
  await expect(page.getByRole('region', { name: '企业库' })).toContainText('60 家')
  await shot(page, 'search-results')

  await page.getByRole('link', { name: /在企业库中查看全部/ }).click()
  await expect(page.getByText('符合条件的 60 家')).toBeVisible()
  await expect(page.getByLabel('搜索企业库')).toHaveValue('天津')
})

test('the district chart counts enterprises without a district as 未填写', async ({ page }) => {
  await openApp(page)
  await createEnterprise(page, { name: '天津无区县贸易有限公司' })
  await createEnterprise(page, { name: '天津有区县贸易有限公司', district: '河西区' })
  await page.goto('/#/')
  await expect(page.getByLabel('未填写企业数')).toHaveText('1')
  await expect(page.getByLabel('河西区企业数')).toHaveText('1')
  await shot(page, 'dashboard-unfilled')
})
