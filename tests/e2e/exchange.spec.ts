import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from './fixtures'
import { addFollowUp, chooseOption, createEnterprise, openApp } from './helpers'
import { confirmImport, exportRecordPackage, openPackage } from './packages'

const NAME = '天津数据交换科技有限公司'
const PASSWORD = 'xiezhi-2026'

async function nameThisPc(page: Page, name: string) {
  await page.goto('/#/settings')
  await page.getByLabel('本机名称').fill(name)
  await page.getByRole('button', { name: '保存设置' }).click()
  await expect(page.getByText('设置已保存')).toBeVisible()
}

/** 导出数据包 from 设置 → 数据交换; the downloaded file's path. */
async function exportPackage(page: Page, options: { password?: string; to?: RegExp }) {
  await page.goto('/#/settings')
  const panel = page.getByRole('region', { name: '数据交换' })
  await panel.getByRole('button', { name: '导出数据包' }).click()
  const dialog = page.getByRole('dialog', { name: '导出数据包' })
  if (options.to) {
    await dialog.getByLabel(/自上次交换以来的更改/).check()
    await dialog.getByRole('combobox', { name: '接收的电脑' }).click()
    await page.getByRole('option', { name: options.to }).click()
  }
  if (options.password) {
    await dialog.getByLabel('密码（可不设）').fill(options.password)
    await dialog.getByLabel('再次输入密码').fill(options.password)
  }
  const downloading = page.waitForEvent('download')
  await dialog.getByRole('button', { name: '导出' }).click()
  const file = await downloading
  expect(file.suggestedFilename()).toMatch(/^协知数据包_.+\.xzpkg$/)
  await expect(page.getByText(/已导出数据包/)).toBeVisible()
  // Offered again under its own name, as it would be on a USB drive.
  return {
    name: file.suggestedFilename(),
    mimeType: 'application/octet-stream',
    buffer: await readFile(await file.path()),
  }
}

/** Waits for a dialog's fade-in to end, so a screenshot shows it as the user does. */
async function settled(page: Page) {
  await expect(page.locator('.MuiDialog-container').last()).toHaveCSS('opacity', '1')
}

/** 编辑 → 所属区 → 保存, waiting until it is saved (the form's own field shows the value first). */
async function setDistrict(page: Page, district: string) {
  await openEnterprise(page)
  await page.getByRole('button', { name: '编辑' }).click()
  await chooseOption(page, '所属区', district)
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('button', { name: '编辑' })).toBeVisible()
  await expect(page.getByLabel('所属区', { exact: true })).toHaveText(district)
}

async function openEnterprise(page: Page) {
  await page.goto('/#/enterprises')
  await page.getByRole('link', { name: NAME }).click()
  await expect(page.getByRole('heading', { name: NAME })).toBeVisible()
}

test('导出数据包 with a password, 导入数据包 on another PC, and edits of one record made on both PCs end up on both', async ({
  page: office,
  otherDevice: laptop,
}) => {
  const officeErrors = await openApp(office)
  const laptopErrors = await openApp(laptop)
  await nameThisPc(office, '区局办公室电脑')
  await nameThisPc(laptop, '张三的笔记本')
  await createEnterprise(office, { name: NAME, district: '南开区' })

  // A password-protected package from the office.
  const first = await exportPackage(office, { password: PASSWORD })

  // The laptop asks for the password, refuses a wrong one, and shows the preview.
  await laptop.goto('/#/settings')
  await laptop.getByLabel('选择数据包文件').setInputFiles(first)
  const ask = laptop.getByRole('dialog', { name: '输入数据包密码' })
  await ask.getByLabel('数据包密码').fill('wrong-password')
  await ask.getByRole('button', { name: '确定' }).click()
  await expect(ask).toContainText('密码不正确')
  await ask.getByLabel('数据包密码').fill(PASSWORD)
  await ask.getByRole('button', { name: '确定' }).click()
  const preview = laptop.getByRole('dialog', { name: '导入数据包' })
  await expect(preview).toContainText('来自 区局办公室电脑')
  await expect(preview).toContainText('（已加密）')
  await expect(preview.getByLabel('导入预览')).toContainText('新增 1')
  await expect(preview.getByLabel('导入预览')).toContainText('删除 0')
  await settled(laptop)
  await laptop.screenshot({ path: 'test-results/screens/exchange-import-preview.png' })
  await confirmImport(laptop)
  await openEnterprise(laptop)
  await expect(laptop.getByLabel('所属区', { exact: true })).toHaveText('南开区')

  // Different fields of the one record edited on each PC.
  await laptop.getByRole('button', { name: '编辑' }).click()
  await laptop.getByRole('textbox', { name: '备注' }).fill('走访时了解到：拟申请发明专利 3 件')
  await laptop.getByRole('button', { name: '保存' }).click()
  await expect(laptop.getByRole('button', { name: '编辑' })).toBeVisible()
  await expect(laptop.getByLabel('备注', { exact: true })).toHaveText(
    '走访时了解到：拟申请发明专利 3 件',
  )
  await setDistrict(office, '河西区')

  // Laptop → office: only what the office lacks.
  const back = await exportPackage(laptop, { to: /区局办公室电脑/ })
  const officePreview = await openPackage(office, back)
  await expect(officePreview).toContainText('来自 张三的笔记本')
  await expect(officePreview.getByLabel('导入预览')).toContainText('更新 1')
  await expect(officePreview.getByLabel('导入预览')).toContainText('同一字段两边都改 0')
  await confirmImport(office)

  // Office → laptop.
  const forth = await exportPackage(office, { to: /张三的笔记本/ })
  await openPackage(laptop, forth)
  await confirmImport(laptop)
  await office.screenshot({ path: 'test-results/screens/exchange-panel.png', fullPage: true })

  for (const pc of [office, laptop]) {
    await pc.reload()
    await openEnterprise(pc)
    await expect(pc.getByLabel('所属区', { exact: true })).toHaveText('河西区')
    await expect(pc.getByLabel('备注', { exact: true })).toHaveText(
      '走访时了解到：拟申请发明专利 3 件',
    )
  }

  // A backup offered to import is refused, naming the command to use.
  await laptop.goto('/#/settings')
  const backingUp = laptop.waitForEvent('download')
  await laptop.getByRole('button', { name: '立即备份' }).click()
  const backup = await (await backingUp).path()
  await laptop.getByLabel('选择数据包文件').setInputFiles(backup)
  await expect(
    laptop.getByText(/这是备份文件，不是数据包：请在“数据安全”中用“从备份恢复”恢复/),
  ).toBeVisible()

  expect(officeErrors).toEqual([])
  expect(laptopErrors).toEqual([])
})

test('the same field changed on both PCs is shown side by side, and the user may keep this PC’s value', async ({
  page: office,
  otherDevice: laptop,
}) => {
  await openApp(office)
  await openApp(laptop)
  await createEnterprise(office, { name: NAME, district: '南开区' })
  await openPackage(laptop, await exportPackage(office, {}))
  await confirmImport(laptop)
  await setDistrict(laptop, '红桥区')
  // The office changes it after the laptop did: by the rule, the office's later value wins.
  await setDistrict(office, '河东区')

  const preview = await openPackage(laptop, await exportPackage(office, {}))
  await expect(preview.getByLabel('导入预览')).toContainText('同一字段两边都改 1')
  const table = preview.getByRole('table', { name: '同一字段两边都改' })
  await expect(table).toContainText('红桥区')
  await expect(table).toContainText('河东区（较晚）')
  await settled(laptop)
  await laptop.screenshot({ path: 'test-results/screens/exchange-both-changed.png' })
  await table.getByRole('radio', { name: /所属区：保留本机的值/ }).check()
  await confirmImport(laptop)
  await openEnterprise(laptop)
  await expect(laptop.getByLabel('所属区', { exact: true })).toHaveText('红桥区')
})

test('导出数据包 on a record’s page carries it with its children to another PC', async ({
  page: office,
  otherDevice: laptop,
}) => {
  await openApp(office)
  await openApp(laptop)
  await createEnterprise(office, { name: NAME, district: '南开区' })
  await addFollowUp(office, '协助办理专利质押融资')
  await createEnterprise(office, { name: '天津不相关科技有限公司' })
  await openEnterprise(office)
  const file = await exportRecordPackage(office, NAME, async () => {
    await settled(office)
    await office.screenshot({ path: 'test-results/screens/exchange-record-package.png' })
  })
  const preview = await openPackage(laptop, file)
  await expect(preview.getByLabel('导入预览')).toContainText('新增 2')
  await confirmImport(laptop)
  await openEnterprise(laptop)
  await expect(
    laptop
      .getByRole('region', { name: '跟进事项' })
      .getByRole('link', { name: '协助办理专利质押融资' }),
  ).toBeVisible()
  await laptop.goto('/#/enterprises')
  await expect(laptop.getByRole('link', { name: '天津不相关科技有限公司' })).toHaveCount(0)
})
