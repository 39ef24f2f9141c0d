import { expect, test, type Page } from './fixtures'
import { readFile } from 'node:fs/promises'
import { strFromU8, unzipSync } from 'fflate'
import { chooseOption, closeOptions, openApp, openWithSamples, pickParty } from './helpers'
import { expectLaidOut } from './laidOut'

const navigateTo = (page: Page, label: string) =>
  page
    .getByRole('navigation', { name: '模块导航' })
    .getByRole('link', { name: label, exact: true })
    .click()

test('参考案例 and 宣传报道: recorded with Chinese errors for bad input, found by filters and search', async ({
  page,
}) => {
  const errors = await openApp(page)
  await navigateTo(page, '参考案例')
  await page.getByRole('button', { name: '新建参考案例' }).click()
  const title = '某电子企业外观设计专利侵权纠纷行政裁决案'
  await page.getByLabel('标题').fill(title)
  await chooseOption(page, '知识产权类型', '外观设计')
  await chooseOption(page, '案件类型', '行政裁决')
  await page.getByLabel('处理机关').fill('天津市知识产权局')
  await page.getByLabel('年份').fill('24')
  await page.getByLabel('案情摘要').fill('被请求人销售的产品与涉案外观设计近似。')
  await page.getByLabel('典型意义').fill('外观设计保护同样适用行政裁决快速处理。')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('年份应为 1985 至 2100 之间的四位数字，如 2024')).toBeVisible()
  await page.getByLabel('年份').fill('2024')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('heading', { name: title })).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/reference-case.png' })

  // Narrowed by 知识产权类型, and found again after a reload.
  await navigateTo(page, '参考案例')
  await page.reload()
  await chooseOption(page, '知识产权类型', '商标')
  await closeOptions(page)
  await expect(page.getByRole('link', { name: title })).toHaveCount(0)
  await page.goto('/#/reference-cases')
  await chooseOption(page, '知识产权类型', '外观设计')
  await closeOptions(page)
  await expect(page.getByRole('link', { name: title })).toBeVisible()

  // The global search finds a case by its 典型意义.
  await page.keyboard.press('Control+k')
  await page.keyboard.type('快速处理')
  await expect(page.getByRole('option', { name: new RegExp(title) })).toBeVisible()
  await page.keyboard.press('Escape')

  await navigateTo(page, '宣传报道')
  await page.getByRole('button', { name: '新建宣传报道' }).click()
  await page.getByLabel('标题').fill('知识产权服务走进民营企业')
  await page.getByLabel('媒体').fill('天津日报')
  await page.getByRole('textbox', { name: '日期' }).fill('2026-11-20')
  await page.getByLabel('链接').fill('www.example.cn/news')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('链接应为以 http:// 或 https:// 开头的网址')).toBeVisible()
  await page.getByLabel('链接').fill('https://www.example.cn/news')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('heading', { name: '知识产权服务走进民营企业' })).toBeVisible()
  await navigateTo(page, '宣传报道')
  await expect(page.getByRole('link', { name: '知识产权服务走进民营企业' })).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/publicity-list.png' })
  expect(errors).toEqual([])
})

test('政策文件 of the sample data are found by 文号 and narrowed by 时间段', async ({ page }) => {
  const errors = await openWithSamples(page)
  await expect(page.getByText(/政策文件 3 件、参考案例 3 件、宣传报道 2 篇/)).toBeVisible()
  await navigateTo(page, '政策文件')
  await expect(page.getByRole('link', { name: /实施意见/ })).toBeVisible()
  const outline = page.getByRole('link', { name: '知识产权强国建设纲要（2021—2035年）' })
  await expect(outline).toBeVisible()
  // Those of 2023 only: the 纲要 of 2021 goes.
  await chooseOption(page, '时间段', '自定义')
  await page.getByRole('textbox', { name: '起', exact: true }).fill('2023-01-01')
  await page.getByRole('textbox', { name: '止', exact: true }).fill('2023-12-31')
  await expect(outline).toHaveCount(0)
  await expect(page.getByRole('link', { name: /实施意见/ })).toBeVisible()
  await page.getByLabel('搜索政策文件').fill('国办发')
  await expect(
    page.getByRole('link', { name: '专利转化运用专项行动方案（2023—2025年）' }),
  ).toBeVisible()
  await expect(page.getByRole('link', { name: /实施意见/ })).toHaveCount(0)
  await page.screenshot({ path: 'test-results/screens/policy-list.png' })
  expect(errors).toEqual([])
})

test('信息通报: an issue of 工作简报 with a policy and a case, its 期号 counted per series, 报送/分送 on the Word file', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const errors = await openWithSamples(page)
  await navigateTo(page, '信息通报')
  await page.getByRole('button', { name: '新建简报' }).click()
  const title = '民营企业知识产权政策和典型案例通报'
  await page.getByLabel('标题').fill(title)
  await chooseOption(page, '简报类别', '工作简报')
  await page.getByRole('textbox', { name: '日期' }).fill('2026-12-07')
  await page.getByRole('button', { name: '保存' }).click()
  // Nothing picked: refused in Chinese, nothing saved.
  await expect(
    page.getByText('请至少选一项通报内容（政策文件、参考案例、联合调研或工作信息）'),
  ).toBeVisible()
  await pickParty(page, '通报内容', '专项行动', /^专利转化运用专项行动方案/)
  await pickParty(page, '通报内容', '调解案', /^某食品企业商标侵权纠纷人民调解案/)
  const reportTo = page.getByRole('combobox', { name: '报送', exact: true })
  await reportTo.fill('市委办公厅')
  await reportTo.press('Enter')
  const sendTo = page.getByRole('combobox', { name: '分送', exact: true })
  await sendTo.fill('各区知识产权局')
  await sendTo.press('Enter')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('heading', { name: title })).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/briefing-page.png', fullPage: true })

  await page.getByRole('link', { name: '生成简报' }).click()
  await expect(page.getByRole('textbox', { name: '期号', exact: true })).toHaveValue('第1期')
  const preview = page.getByRole('document', { name: '公文预览' })
  await expect(preview).toContainText('工作简报')
  await expect(preview).toContainText('国办发〔2023〕37号')
  await expect(preview).toContainText('典型意义：')
  await page.screenshot({ path: 'test-results/screens/briefing-editor.png' })
  const saving = page.waitForEvent('download')
  await page.getByRole('button', { name: '保存为 Word' }).click()
  const docx = new Uint8Array(await readFile(await (await saving).path()))
  const text = strFromU8(unzipSync(docx)['word/document.xml'] ?? new Uint8Array()).replace(
    /<[^>]+>/g,
    '',
  )
  // The items in the order picked, and the 版记's 报送 and 分送.
  expect(text.indexOf('专利转化运用专项行动方案')).toBeLessThan(text.indexOf('某食品企业商标侵权'))
  for (const expected of ['报送：市委办公厅。', '分送：各区知识产权局。', '第1期'])
    expect(text).toContain(expected)
  await expectLaidOut('briefing-e2e', docx, ['工作简报', '报送'])

  // The next issue of the series takes 第2期.
  await page.goto('/#/briefings/new')
  await page.getByLabel('标题').fill('民营企业知识产权政策通报（二）')
  await chooseOption(page, '简报类别', '工作简报')
  await page.getByRole('textbox', { name: '日期' }).fill('2026-12-20')
  await pickParty(
    page,
    '通报内容',
    '实施意见',
    /^天津市协同推进知识产权服务民营经济发展工作的实施意见/,
  )
  await page.getByRole('button', { name: '保存' }).click()
  await page.getByRole('link', { name: '生成简报' }).click()
  await expect(page.getByRole('textbox', { name: '期号', exact: true })).toHaveValue('第2期')
  expect(errors).toEqual([])
})
