import { expect, test } from './fixtures'
import { chooseOption, createEnterprise, openApp } from './helpers'

test('a record’s history shows each field’s old and new value, and an earlier version comes back', async ({
  page,
}) => {
  const errors = await openApp(page)
  await createEnterprise(page, { name: '天津历史版本科技有限公司', district: '南开区' })
  for (const district of ['河西区', '红桥区']) {
    await page.getByRole('button', { name: '编辑' }).click()
    await chooseOption(page, '所属区', district)
    await page.getByRole('button', { name: '保存' }).click()
    await expect(page.getByLabel('所属区', { exact: true })).toHaveText(district)
  }
  const history = page.getByRole('region', { name: '修改记录' })
  await expect(history).toContainText('所属区：南开区 → 河西区')
  await expect(history).toContainText('所属区：河西区 → 红桥区')

  // The newest version cannot be restored over itself; the one before it can.
  await history
    .getByRole('button', { name: /恢复到 .* 的版本/ })
    .first()
    .click()
  await page
    .getByRole('dialog', { name: '恢复到此版本' })
    .getByRole('button', { name: '恢复' })
    .click()
  await expect(page.getByText(/已恢复到 .* 的版本/)).toBeVisible()
  await expect(page.getByLabel('所属区', { exact: true })).toHaveText('河西区')
  // Restoring is one more change in the history.
  await expect(history).toContainText('所属区：红桥区 → 河西区')
  await page.screenshot({ path: 'test-results/screens/record-history.png', fullPage: true })
  await page.reload()
  await expect(page.getByLabel('所属区', { exact: true })).toHaveText('河西区')
  expect(errors).toEqual([])
})
