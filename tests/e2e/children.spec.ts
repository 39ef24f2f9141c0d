import { expect, test, type Page } from './fixtures'
import { addFollowUp, createEnterprise, openApp } from './helpers'

/** The follow-ups' contents in the order the panel lists them. */
function followUpOrder(page: Page) {
  return page.getByRole('region', { name: '跟进事项' }).getByRole('row').getByRole('link')
}

test('an enterprise’s follow-ups are added, reordered, removed with 撤销, and go and come back with it', async ({
  page,
}) => {
  await openApp(page)
  await createEnterprise(page, { name: '天津跟进测试科技有限公司', district: '河西区' })
  const panel = page.getByRole('region', { name: '跟进事项' })
  await expect(panel.getByText('还没有跟进事项。')).toBeVisible()

  // A deadline typed the Chinese way, already past: the item is 已逾期.
  await addFollowUp(page, '提供专利导航分析报告', '2026年12月2日')
  await addFollowUp(page, '协助办理商标续展')
  await addFollowUp(page, '答复知识产权质押融资诉求')
  await expect(panel.getByText('跟进事项（3）')).toBeVisible()
  const first = panel.getByRole('row', { name: /提供专利导航分析报告/ })
  await expect(first.getByText('2026-12-02')).toBeVisible()
  await expect(first.getByText('已逾期')).toBeVisible()

  await panel.getByRole('button', { name: '上移“答复知识产权质押融资诉求”' }).click()
  await expect(followUpOrder(page)).toHaveText([
    '提供专利导航分析报告',
    '答复知识产权质押融资诉求',
    '协助办理商标续展',
  ])

  await panel.getByRole('button', { name: '删除“协助办理商标续展”' }).click()
  await expect(page.getByText('已删除“协助办理商标续展”')).toBeVisible()
  await expect(panel.getByText('跟进事项（2）')).toBeVisible()
  await page.getByRole('button', { name: '撤销' }).click()
  await expect(followUpOrder(page)).toHaveText([
    '提供专利导航分析报告',
    '答复知识产权质押融资诉求',
    '协助办理商标续展',
  ])
  await page.screenshot({ path: 'test-results/screens/enterprise-follow-ups.png', fullPage: true })

  // The order is stored: a reload shows the same.
  await page.reload()
  await expect(followUpOrder(page)).toHaveText([
    '提供专利导航分析报告',
    '答复知识产权质押融资诉求',
    '协助办理商标续展',
  ])

  // The 工作台 reminds of the overdue one, with its enterprise.
  await page
    .getByRole('navigation', { name: '模块导航' })
    .getByRole('link', { name: '工作台' })
    .click()
  const reminders = page.getByRole('region', { name: '到期提醒' })
  await expect(reminders.getByRole('link', { name: '提供专利导航分析报告' })).toBeVisible()
  await expect(reminders).toContainText('天津跟进测试科技有限公司 · 期限 2026-12-02')
  await expect(reminders).toContainText('已逾期 1 项')
  await reminders.getByRole('link', { name: '提供专利导航分析报告' }).click()
  await page.getByRole('link', { name: '天津跟进测试科技有限公司' }).click()

  // Deleting the enterprise takes its follow-ups; 撤销 brings both back.
  await page.getByRole('button', { name: '删除', exact: true }).click()
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click()
  await expect(page.getByText('已删除“天津跟进测试科技有限公司”')).toBeVisible()
  await expect(page.getByRole('link', { name: '天津跟进测试科技有限公司' })).toHaveCount(0)
  await page
    .getByRole('navigation', { name: '模块导航' })
    .getByRole('link', { name: '跟进事项' })
    .click()
  await expect(page.getByText('共 0 项')).toBeVisible()
  await page.getByRole('button', { name: '撤销' }).click()
  await expect(page.getByText('共 3 项')).toBeVisible()
  await page.getByRole('link', { name: '协助办理商标续展' }).click()
  await page.getByRole('link', { name: '天津跟进测试科技有限公司' }).click()
  await expect(followUpOrder(page)).toHaveText([
    '提供专利导航分析报告',
    '答复知识产权质押融资诉求',
    '协助办理商标续展',
  ])
})

test('a follow-up is started, sent back with a reason, and finished; each move is recorded', async ({
  page,
}) => {
  await openApp(page, '/settings')
  await page.getByLabel('您的姓名').fill('王晓明')
  await page.getByRole('button', { name: '保存设置' }).click()
  await expect(page.getByText('设置已保存')).toBeVisible()
  await createEnterprise(page, { name: '天津办理测试有限公司', district: '南开区' })
  await addFollowUp(page, '上门辅导专利布局')
  await page
    .getByRole('region', { name: '跟进事项' })
    .getByRole('link', { name: '上门辅导专利布局' })
    .click()
  await expect(page.getByRole('heading', { name: '上门辅导专利布局' })).toBeVisible()
  // The way back is through the enterprise.
  await expect(page.getByRole('link', { name: '天津办理测试有限公司' })).toBeVisible()

  const workflow = page.getByRole('region', { name: '办理状态' })
  await expect(workflow.getByText('未开始')).toBeVisible()
  await expect(workflow.getByRole('button', { name: '退回' })).toHaveCount(0)
  await workflow.getByRole('button', { name: '开始办理' }).click()
  await expect(workflow.getByText('进行中')).toBeVisible()

  await workflow.getByRole('button', { name: '退回' }).click()
  const ask = page.getByRole('dialog', { name: '退回' })
  await expect(ask.getByRole('button', { name: '确定' })).toBeDisabled()
  await ask.getByLabel('原因').fill('企业材料不全，待补充')
  await ask.getByRole('button', { name: '确定' }).click()
  await expect(workflow.getByText('未开始')).toBeVisible()

  await workflow.getByRole('button', { name: '办结' }).click()
  await expect(workflow.getByText('已完成')).toBeVisible()
  await expect(workflow.getByRole('button', { name: '重新办理' })).toBeVisible()

  await page.reload()
  const log = page.getByRole('list', { name: '办理记录' })
  await expect(log.getByRole('listitem')).toHaveCount(3)
  await expect(log.getByText('退回：企业材料不全，待补充')).toBeVisible()
  await expect(log.getByText(/王晓明/).first()).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/follow-up-workflow.png', fullPage: true })
})
