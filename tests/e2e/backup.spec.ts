import { readFile } from 'node:fs/promises'
import { strFromU8, unzipSync } from 'fflate'
import { expect, test } from './fixtures'
import { addFollowUp, createEnterprise, openApp } from './helpers'

const NAME = '天津备份测试科技有限公司'

test('立即备份, a record deleted, 从备份恢复 brings it back, and 撤销恢复 undoes the restore', async ({
  page,
}) => {
  const errors = await openApp(page)
  await createEnterprise(page, { name: NAME })
  // The 工作台 reminds of a backup never made.
  await page.goto('/#/')
  await expect(page.getByText(/数据还没有备份过/)).toBeVisible()

  await page.getByRole('link', { name: '去备份' }).click()
  const safety = page.getByRole('region', { name: '数据安全' })
  await expect(safety).toContainText('尚未备份')
  const downloading = page.waitForEvent('download')
  await safety.getByRole('button', { name: '立即备份' }).click()
  const backup = await downloading
  expect(backup.suggestedFilename()).toMatch(/^协知备份_\d{4}-\d{2}-\d{2}_\d{4}\.xzbak$/)
  const backupPath = await backup.path()
  await expect(safety).toContainText('上次备份：')
  await page.goto('/#/')
  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible()
  await expect(page.getByText(/数据还没有备份过/)).toHaveCount(0)
  await page.goto('/#/settings')
  await page.screenshot({ path: 'test-results/screens/settings-data-safety.png', fullPage: true })

  // The enterprise is deleted (the 8-second 撤销 is let go).
  await page.goto('/#/enterprises')
  await page
    .getByRole('row', { name: new RegExp(NAME) })
    .getByRole('checkbox')
    .check()
  await page.getByRole('button', { name: '删除' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click()
  await expect(page.getByRole('link', { name: NAME })).toHaveCount(0)

  // A file that is not a backup is refused, saying why.
  await page.goto('/#/settings')
  await page.getByLabel('选择备份文件').setInputFiles({
    name: '随便.xzbak',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('这不是备份'),
  })
  await expect(page.getByText('该文件不是协知备份（.xzbak）文件')).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/settings-backup-refused.png' })

  await page.getByLabel('选择备份文件').setInputFiles(backupPath)
  const confirm = page.getByRole('dialog', { name: '从备份恢复' })
  await expect(confirm).toContainText('企业库 1 家')
  await page.screenshot({ path: 'test-results/screens/settings-restore-confirm.png' })
  const safetyCopy = page.waitForEvent('download')
  await confirm.getByRole('button', { name: '恢复' }).click()
  expect((await safetyCopy).suggestedFilename()).toMatch(/^恢复前自动备份_协知备份_/)
  await expect(page.getByText(/已从备份恢复/)).toBeVisible()
  await page.getByRole('button', { name: '撤销恢复' }).click()
  await expect(page.getByText('已撤销恢复，数据回到恢复之前')).toBeVisible()
  await page.goto('/#/enterprises')
  await expect(page.getByRole('link', { name: NAME })).toHaveCount(0)

  // Restored again, and still there after a reload.
  await page.goto('/#/settings')
  await page.getByLabel('选择备份文件').setInputFiles(backupPath)
  const again = page.waitForEvent('download')
  await page
    .getByRole('dialog', { name: '从备份恢复' })
    .getByRole('button', { name: '恢复' })
    .click()
  await again
  await expect(page.getByText(/已从备份恢复/)).toBeVisible()
  await page.goto('/#/enterprises')
  await page.reload()
  await expect(page.getByRole('link', { name: NAME })).toBeVisible()

  // 导出全部数据: a workbook with a sheet a kind, readable without the app.
  await page.goto('/#/settings')
  const exporting = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出全部数据' }).click()
  const workbook = await exporting
  expect(workbook.suggestedFilename()).toMatch(/^协知全部数据_\d{4}-\d{2}-\d{2}\.xlsx$/)
  const parts = unzipSync(new Uint8Array(await readFile(await workbook.path())))
  const sheets = strFromU8(parts['xl/workbook.xml'] ?? new Uint8Array())
  for (const name of ['企业库', '会议', '督办事项', '工作互通', '征求意见'])
    expect(sheets).toContain(name)
  const strings = strFromU8(parts['xl/sharedStrings.xml'] ?? new Uint8Array())
  expect(strings).toContain(NAME)
  await expect(page.getByText(/已导出 \d+ 类共/)).toBeVisible()
  expect(errors).toEqual([])
})

test('回收站: a deleted enterprise is listed with who deleted it and comes back with its follow-ups', async ({
  page,
}) => {
  const errors = await openApp(page)
  await createEnterprise(page, { name: '天津回收站测试有限公司' })
  await addFollowUp(page, '寄送专利导航报告')
  await page.getByRole('button', { name: '删除' }).first().click()
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click()
  await expect(page.getByRole('heading', { name: '企业库' })).toBeVisible()

  await page
    .getByRole('navigation', { name: '模块导航' })
    .getByRole('link', { name: '回收站' })
    .click()
  const deleted = page.getByRole('table', { name: '已删除的记录' })
  const row = deleted.getByRole('row', { name: /天津回收站测试有限公司/ })
  await expect(row).toContainText('企业')
  await expect(row).toContainText('未署名用户')
  // Its follow-up went with it and comes back with it: not listed on its own.
  await expect(deleted).not.toContainText('寄送专利导航报告')
  await page.screenshot({ path: 'test-results/screens/recycle-bin.png' })
  await row.getByRole('button', { name: '恢复“天津回收站测试有限公司”' }).click()
  await expect(page.getByText('已恢复企业“天津回收站测试有限公司”')).toBeVisible()
  await expect(page.getByText('回收站是空的。')).toBeVisible()

  await page.goto('/#/enterprises')
  await page.getByRole('link', { name: '天津回收站测试有限公司' }).click()
  await expect(page.getByRole('link', { name: '寄送专利导航报告' })).toBeVisible()
  expect(errors).toEqual([])
})

test('the 工作台 warns before the disk is full', async ({ page }) => {
  // The browser's estimate of the space left, as on a PC whose disk is nearly full.
  await page.addInitScript(() => {
    const gb = 1024 * 1024 * 1024
    navigator.storage.estimate = () => Promise.resolve({ usage: 9.6 * gb, quota: 10 * gb })
  })
  await openApp(page)
  await expect(
    page.getByText(/存储空间即将用尽（已用 9,830.4 MB，上限约 10,240.0 MB）/),
  ).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/dashboard-storage-warning.png' })
  await page.getByRole('link', { name: '去备份' }).first().click()
  await expect(page.getByText(/空间即将用尽，请先备份并清理磁盘/)).toBeVisible()
})
