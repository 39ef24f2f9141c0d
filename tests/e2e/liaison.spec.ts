import { readFile } from 'node:fs/promises'
import { strFromU8, unzipSync } from 'fflate'
import { expect, test, type Page } from './fixtures'
import { chooseOption, pickParty, openApp } from './helpers'

const preview = (page: Page) => page.getByRole('document', { name: '公文预览' })

async function navigateTo(page: Page, label: string) {
  await page
    .getByRole('navigation', { name: '模块导航' })
    .getByRole('link', { name: label, exact: true })
    .click()
}

/** Saves the editor's document as Word and gives the text of its body. */
async function savedWordText(page: Page): Promise<string> {
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: '保存为 Word' }).click()
  const download = await downloading
  const files = unzipSync(new Uint8Array(await readFile(await download.path())))
  return strFromU8(files['word/document.xml'] ?? new Uint8Array()).replace(/<[^>]+>/g, '')
}

/** Narrows a list to a period typed as its two ends. */
async function choosePeriod(page: Page, label: string, from: string, to: string) {
  await chooseOption(page, label, '自定义')
  await page.getByRole('textbox', { name: '起', exact: true }).fill(from)
  await page.getByRole('textbox', { name: '止', exact: true }).fill(to)
}

async function addLiaisonEntry(page: Page, entry: { title: string; type: string; date: string }) {
  await page.getByRole('button', { name: '新建工作信息' }).click()
  await page.getByLabel('标题').fill(entry.title)
  await page.getByRole('textbox', { name: '日期' }).fill(entry.date)
  // News without its kind is refused, in Chinese, and what was typed stays.
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('请选择信息类型')).toBeVisible()
  await chooseOption(page, '信息类型', entry.type)
  await pickParty(page, '单位', '市知识产权局', /^天津市知识产权局/)
  await page.getByRole('textbox', { name: '内容摘要' }).fill(`${entry.title}的有关情况`)
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('heading', { name: entry.title })).toBeVisible()
  await navigateTo(page, '工作互通')
}

test('工作互通: news of a quarter, narrowed by 时间段 and 单位, reported in a numbered 工作情况通报', async ({
  page,
}) => {
  const errors = await openApp(page, '/liaison')
  await addLiaisonEntry(page, {
    title: '开通民营企业专利预审绿色通道',
    type: '出台服务举措',
    date: '2026年10月9日',
  })
  await addLiaisonEntry(page, {
    title: '联合走访滨海新区科技型企业',
    type: '走访调研座谈',
    date: '2026年11月20日',
  })
  await addLiaisonEntry(page, {
    title: '举办上半年知识产权合规培训',
    type: '举办培训宣讲',
    date: '2026年5月12日',
  })
  await choosePeriod(page, '时间段', '2026-10-01', '2026-12-31')
  const grid = page.getByRole('grid')
  await expect(grid.getByRole('row')).toHaveCount(3)
  await expect(grid).not.toContainText('举办上半年知识产权合规培训')
  await chooseOption(page, '单位', '天津市知识产权局')
  await page.keyboard.press('Escape')
  await expect(page.getByText('符合条件的 2 条')).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/liaison-list.png', fullPage: true })

  await page.getByRole('link', { name: '生成工作情况通报' }).click()
  await expect(page.getByRole('heading', { name: '新建公文' })).toBeVisible()
  await expect(preview(page)).toContainText('关于2026年第四季度天津市知识产权局工作互通情况的通报')
  await expect(preview(page)).toContainText('出台服务举措（1条）')
  await page.getByRole('button', { name: '取号' }).click()
  await expect(page.getByText(/已取号：津知发〔2026〕\d+号/)).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/liaison-bulletin-editor.png' })
  const text = await savedWordText(page)
  expect(text).toContain('共报送工作信息2条，其中出台服务举措1条，走访调研座谈1条')
  expect(text).toContain('开通民营企业专利预审绿色通道')
  expect(text).not.toContain('举办上半年知识产权合规培训')
  expect(text).toMatch(/津知发〔2026〕\d+号/)
  expect(errors).toEqual([])
})

test('征求意见: opinions with their 采纳情况 (a reason where not adopted) in the 意见采纳情况汇总表', async ({
  page,
}) => {
  const errors = await openApp(page, '/consultations')
  await page.getByRole('button', { name: '新建征求意见' }).click()
  const name = '天津市民营企业知识产权保护若干措施（征求意见稿）'
  await page.getByLabel('名称').fill(name)
  await pickParty(page, '起草单位', '市知识产权局', /^天津市知识产权局/)
  await page.getByRole('textbox', { name: '征求意见期限' }).fill('2026年11月20日')
  await pickParty(page, '征求对象', '市工商业联合会', /^天津市工商业联合会/)
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('heading', { name })).toBeVisible()

  const opinions = page.getByRole('region', { name: '反馈意见' })
  const add = async (content: string, adoption: string, reason: string) => {
    await opinions.getByRole('button', { name: '添加意见' }).click()
    const dialog = page.getByRole('dialog', { name: '添加意见' })
    await dialog.getByRole('textbox', { name: '意见内容', exact: true }).fill(content)
    await chooseOption(page, '采纳情况', adoption)
    if (reason) await dialog.getByRole('textbox', { name: '理由', exact: true }).fill(reason)
    await dialog.getByRole('button', { name: '保存' }).click()
    return dialog
  }
  await expect(await add('增加海外维权援助条款', '采纳', '')).toBeHidden()
  // 不采纳 without a reason is refused, in Chinese, and nothing is lost.
  const refused = await add('取消专利申请费用', '不采纳', '')
  await expect(refused.getByText('不采纳的意见请写明理由')).toBeVisible()
  await refused.getByRole('textbox', { name: '理由', exact: true }).fill('超出地方权限')
  await refused.getByRole('button', { name: '保存' }).click()
  await expect(refused).toBeHidden()
  await expect(opinions.getByRole('link', { name: '取消专利申请费用' })).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/consultation-detail.png', fullPage: true })

  await page.getByRole('link', { name: '生成意见采纳情况汇总表' }).click()
  await expect(preview(page)).toContainText('意见采纳情况汇总表')
  await expect(preview(page)).toContainText('超出地方权限')
  await page.screenshot({ path: 'test-results/screens/opinion-summary-editor.png' })
  const text = await savedWordText(page)
  expect(text).toContain('共收到反馈意见2条，其中采纳1条，不采纳1条')
  expect(text).toContain('增加海外维权援助条款')
  expect(errors).toEqual([])
})

test('督办事项清单 of the items due in a period, overdue ones marked; meetings narrowed by 时间段', async ({
  page,
}) => {
  const errors = await openApp(page, '/action-items/new')
  const items = [
    ['制定培训计划和报名通知', '2026年11月30日'],
    ['修订知识产权纠纷调解工作规则', '2027年1月20日'],
    ['梳理企业海外维权需求', '2027年6月30日'],
  ] as const
  for (const [content, dueOn] of items) {
    await page.getByLabel('事项内容').fill(content)
    await pickParty(page, '牵头单位', '市知识产权局', /^天津市知识产权局/)
    await page.getByRole('textbox', { name: '完成期限' }).fill(dueOn)
    await page.getByRole('button', { name: '保存' }).click()
    await expect(page.getByRole('heading', { name: content })).toBeVisible()
    await page.goto(page.url().replace(/#.*/, '#/action-items/new'))
  }
  await navigateTo(page, '督办事项')
  await choosePeriod(page, '完成期限', '2026-11-01', '2027-01-31')
  await expect(page.getByText('符合条件的 2 项')).toBeVisible()
  await page.getByRole('link', { name: '生成督办事项清单' }).click()
  await expect(preview(page)).toContainText('督办事项清单')
  await expect(preview(page)).toContainText('修订知识产权纠纷调解工作规则')
  await expect(preview(page)).not.toContainText('梳理企业海外维权需求')
  await expect(preview(page)).toContainText('已逾期')
  await page.screenshot({ path: 'test-results/screens/action-item-list-editor.png' })
  const text = await savedWordText(page)
  expect(text).toContain(
    '完成期限在2026年11月1日至2027年1月31日的未办结督办事项共2项，其中已逾期1项',
  )

  // Meetings of a period: the list keeps only those starting in it.
  for (const [name, start] of [
    ['十月联席会议', '2026年10月15日 9:30'],
    ['明年一月会商会', '2027年1月12日 9:30'],
  ] as const) {
    await page.goto(page.url().replace(/#.*/, '#/meetings/new'))
    await page.getByLabel('会议名称').fill(name)
    await page.getByRole('textbox', { name: '开始时间' }).fill(start)
    await page.getByRole('button', { name: '保存' }).click()
    await expect(page.getByRole('heading', { name })).toBeVisible()
  }
  await navigateTo(page, '会议')
  await choosePeriod(page, '时间段', '2026-10-01', '2026-12-31')
  const grid = page.getByRole('grid')
  await expect(grid.getByRole('row', { name: /十月联席会议/ })).toBeVisible()
  await expect(grid).not.toContainText('明年一月会商会')
  await page.screenshot({ path: 'test-results/screens/meeting-list-period.png', fullPage: true })
  // 清除筛选 clears the period too.
  await page.getByRole('button', { name: '清除筛选' }).click()
  await expect(grid.getByRole('row', { name: /明年一月会商会/ })).toBeVisible()
  expect(errors).toEqual([])
})
