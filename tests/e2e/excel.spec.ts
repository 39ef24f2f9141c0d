import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { readSheet } from 'read-excel-file/node'
import writeExcelFile from 'write-excel-file/node'
import { chooseOption, createEnterprise, openApp } from './helpers'

const HEADER = [
  '企业名称',
  '统一社会信用代码',
  '所在区',
  '行业',
  '企业规模',
  '标签',
  '发明专利',
  '联系人',
  '电话',
]

async function workbook(rows: (string | number | null)[][]): Promise<Buffer> {
  return writeExcelFile([HEADER, ...rows]).toBuffer()
}

test('importing an .xlsx imports the good rows and reports every refused row with its reason', async ({
  page,
}) => {
  await openApp(page)
  await createEnterprise(page, { name: '天津已有企业有限公司', code: '91110000100006485K' })

  const file = await workbook([
    [
      '天津导入甲科技有限公司',
      '914403001922038216',
      '河西',
      'C',
      '小型',
      '高新技术企业、商会会员',
      5,
      '张伟',
      '022-23456789',
    ],
    ['天津导入乙科技有限公司', null, '南开区', '制造业', '中型', null, null, null, null],
    ['天津导入丙有限公司', '914403001922038217', '河西区', null, null, null, null, null, null],
    ['天津导入丁有限公司', '914403001922038216', '河西区', null, null, null, null, null, null],
    [null, '91120116MA05X1XX7C', '河西区', null, null, null, null, null, null],
    ['天津导入戊有限公司', null, '海淀区', null, null, null, null, null, null],
    ['天津导入己有限公司', '91110000100006485K', null, null, null, null, null, null, null],
    // An 18-digit code typed into Excel becomes a number and loses its last digits.
    ['天津导入庚有限公司', Number('914403001922038216'), null, null, null, null, null, null, null],
    [null, null, null, null, null, null, null, null, null],
    ['天津导入辛有限公司', null, null, null, null, null, null, null, null],
  ])

  await page.goto('/#/enterprises')
  await page.getByRole('button', { name: '导入' }).click()
  const dialog = page.getByRole('dialog', { name: '从 Excel 导入企业库' })
  await dialog.getByLabel('选择 Excel 文件').setInputFiles({
    name: '企业名单.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: file,
  })
  // Columns are mapped by their headers, aliases included (所在区 → 所属区, 行业 → 所属行业).
  await expect(dialog.getByText('文件“企业名单.xlsx”共 9 行数据')).toBeVisible()
  await expect(dialog.getByLabel('“所在区”导入为')).toHaveText('所属区')
  await expect(dialog.getByLabel('“行业”导入为')).toHaveText('所属行业')
  await expect(dialog.getByLabel('“电话”导入为')).toHaveText('联系电话')
  await dialog.getByRole('button', { name: '下一步' }).click()

  await expect(dialog.getByText('共 9 行：可导入 3 行，拒绝 6 行')).toBeVisible()
  await dialog.getByRole('button', { name: '导入 3 行' }).click()
  await expect(dialog.getByText('已导入 3 条企业记录；6 行未导入，原因如下。')).toBeVisible()

  const report = dialog.getByRole('table', { name: '导入报告' })
  const reason = (rowNumber: number) =>
    report
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: String(rowNumber), exact: true }) })
  await expect(reason(4)).toContainText('统一社会信用代码校验位不正确')
  await expect(reason(5)).toContainText('统一社会信用代码与第2行重复')
  await expect(reason(6)).toContainText('请填写企业名称')
  await expect(reason(7)).toContainText('所属区“海淀区”不在可选范围内')
  await expect(reason(8)).toContainText('该统一社会信用代码已在企业库中（天津已有企业有限公司）')
  await expect(reason(9)).toContainText('被存成了数字')

  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: '下载未导入行报告' }).click()
  const reportRows = await readSheet(await readFile(await (await download).path()))
  expect(reportRows).toHaveLength(7)
  expect(reportRows[0]).toEqual(['行号', '企业名称', '原因'])

  await dialog.getByRole('button', { name: '完成' }).click()
  await page.getByRole('link', { name: '天津导入甲科技有限公司' }).click()
  await expect(page.getByLabel('所属区', { exact: true })).toHaveText('河西区')
  await expect(page.getByLabel('所属行业', { exact: true })).toHaveText('C 制造业')
  await expect(page.getByLabel('企业标签', { exact: true })).toContainText('商会会员')
  await expect(page.getByLabel('发明专利', { exact: true })).toHaveText('5')
})

test('the filtered list is exported to .xlsx and can be imported back unchanged', async ({
  page,
}) => {
  await openApp(page)
  await createEnterprise(page, {
    name: '天津出口甲有限公司',
    code: '914403001922038216',
    district: '和平区',
  })
  await createEnterprise(page, { name: '天津出口乙有限公司', district: '和平区' })
  await createEnterprise(page, { name: '天津不出口有限公司', district: '河东区' })
  await page.goto('/#/enterprises')
  await chooseOption(page, '所属区', '和平区')
  await page.keyboard.press('Escape')
  await expect(page.getByText('符合条件的 2 家')).toBeVisible()

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出' }).click()
  const saved = await download
  expect(saved.suggestedFilename()).toMatch(/^企业库_\d{4}-\d{2}-\d{2}\.xlsx$/)
  const rows = await readSheet(await readFile(await saved.path()))
  expect(rows[0]?.slice(0, 3)).toEqual(['企业名称', '统一社会信用代码', '所属区'])
  const names = rows.slice(1).map((row) => row[0])
  expect(names.sort()).toEqual(['天津出口乙有限公司', '天津出口甲有限公司'])
  // The code stays text, all 18 characters.
  expect(rows.find((row) => row[0] === '天津出口甲有限公司')?.[1]).toBe('914403001922038216')
})
