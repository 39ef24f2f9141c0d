import { readFile, writeFile } from 'node:fs/promises'
import { expect, test, type Page, type TestInfo } from './fixtures'
import { readSheet } from 'read-excel-file/node'
import writeExcelFile from 'write-excel-file/node'
import {
  bombSize,
  buildZip,
  cell,
  deflateBomb,
  row,
  workbookParts,
  worksheetXml,
} from '../fixtures/xlsx'
import { chooseOption, closeOptions, createEnterprise, openApp } from './helpers'

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screens/${name}.png` })

/**
 * Starts watching the page's main thread; the returned function gives the longest task it ran
 * since (Long Tasks API). Reading a hostile file on the main thread was one task of 24–60 s.
 */
async function watchMainThread(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const durations: number[] = []
    Object.assign(globalThis, { longTasks: durations })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(Math.round(entry.duration))
    }).observe({ type: 'longtask' })
  })
  return () => page.evaluate(() => (globalThis as unknown as { longTasks: number[] }).longTasks)
}

/**
 * Writes a file to give to the file input by path: a buffer would be copied into the page by the
 * test harness itself, in tasks of a second or more that would be taken for the app's.
 */
async function fixtureFile(testInfo: TestInfo, name: string, bytes: Uint8Array): Promise<string> {
  const path = testInfo.outputPath(name)
  await writeFile(path, bytes)
  return path
}

async function openImport(page: Page) {
  await page.goto('/#/enterprises')
  await page.getByRole('button', { name: '导入' }).click()
  return page.getByRole('dialog', { name: '从 Excel 导入企业库' })
}

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
  expect(reportRows[0]).toEqual(['原行号', '未导入原因', ...HEADER])

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
  // The detail page stays until the list has loaded (it labels a value 所属区 too).
  await expect(page.getByText('共 3 家')).toBeVisible()
  await chooseOption(page, '所属区', '和平区')
  await closeOptions(page)
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

const CAP_ADVICE =
  '超过导入上限（最多 200,000 行、200 列，即 A 到 GR 列），未导入；请删除多余的行和列，或拆分文件后再导入'

test('hostile files are refused in Chinese and the page stays responsive', async ({
  page,
}, testInfo) => {
  const errors = await openApp(page)
  const dialog = await openImport(page)
  const longTasks = await watchMainThread(page)
  const input = dialog.getByLabel('选择 Excel 文件')
  const alert = dialog.getByRole('alert')

  // 1.7 KB: one value at XFD1048576 (it used to crash the renderer after 24 s).
  const farCell = buildZip(
    workbookParts(worksheetXml(row(1048576, [cell('XFD1048576', 1)]), 'A1:XFD1048576')),
  )
  let started = Date.now()
  await input.setInputFiles(await fixtureFile(testInfo, 'farval.xlsx', farCell))
  await expect(alert).toContainText('无法导入“farval.xlsx”')
  await expect(alert).toContainText(`工作表的范围是 A1:XFD1048576，${CAP_ADVICE}`)
  const farCellMs = Date.now() - started
  await shot(page, 'excel-import-refused')

  // 0.7 MB that inflates to 100 MB of empty rows (it used to freeze the page for a minute).
  const size = bombSize('<row/>', 100 * 1024 * 1024)
  const deflated = deflateBomb('<row/>', size)
  const bomb = buildZip(workbookParts({ content: '', deflated, declaredSize: size }))
  started = Date.now()
  await input.setInputFiles(await fixtureFile(testInfo, 'bomb100.xlsx', bomb))
  await expect(alert).toContainText('无法导入“bomb100.xlsx”')
  await expect(alert).toContainText(`工作表有第 200,001 行，${CAP_ADVICE}`)
  const bombMs = Date.now() - started

  // The same bomb claiming a size it does not have.
  const lying = buildZip(workbookParts({ content: '', deflated, declaredSize: 2000 }))
  await input.setInputFiles(await fixtureFile(testInfo, 'lying.xlsx', lying))
  await expect(alert).toContainText('无法导入“lying.xlsx”')
  await expect(alert).toContainText('解压后比它声明的大小更大')

  console.log(`far cell refused in ${farCellMs} ms, 100 MB bomb in ${bombMs} ms`)
  // The files were read in a worker: no task held the page for long.
  expect(Math.max(0, ...(await longTasks()))).toBeLessThan(1000)
  await dialog.getByRole('button', { name: '取消' }).click()
  await page
    .getByRole('navigation', { name: '模块导航' })
    .getByRole('link', { name: '工作台' })
    .click()
  await expect(page).toHaveURL(/#\/$/)
  expect(errors).toEqual([])
})

test('a slow file shows its progress and 取消 stops it at once, by keyboard too', async ({
  page,
}, testInfo) => {
  await openApp(page)
  const dialog = await openImport(page)
  const longTasks = await watchMainThread(page)
  // 250 MB of tags that mean nothing: within every cap, and slow to read.
  const size = bombSize('<x/>', 250 * 1024 * 1024)
  const slow = buildZip(
    workbookParts({ content: '', deflated: deflateBomb('<x/>', size), declaredSize: size }),
  )
  await dialog
    .getByLabel('选择 Excel 文件')
    .setInputFiles(await fixtureFile(testInfo, '大文件.xlsx', slow))
  const progress = dialog.getByRole('progressbar', { name: '正在读取“大文件.xlsx”…' })
  await expect(progress).toBeVisible()
  await expect(progress).not.toHaveAttribute('aria-valuenow', '0')
  const cancel = dialog.getByRole('button', { name: '取消' })
  await expect(cancel).toBeFocused()
  await shot(page, 'excel-import-progress')
  await page.keyboard.press('Enter')
  await expect(dialog.getByText('已取消读取“大文件.xlsx”。')).toBeVisible()
  await expect(progress).toBeHidden()
  await expect(dialog.getByRole('button', { name: '选择 Excel 文件' })).toBeEnabled()
  expect(Math.max(0, ...(await longTasks()))).toBeLessThan(1000)
})

test('values that are almost right are understood, odd cells refuse only their rows, and the report has the original columns', async ({
  page,
}, testInfo) => {
  const errors = await openApp(page)
  const header = ['企业名称', '统一社会信用代码', '所在区', '企业规模', '企业标签', '联系电话']
  const sheet = worksheetXml(
    row(
      1,
      header.map((h, i) => cell(`${String.fromCharCode(65 + i)}1`, h)),
    ) +
      row(2, [
        cell('A2', '天津滨海甲科技有限公司'),
        cell('B2', '９１１２０１１６ＭＡ０５Ｔ８ＱＫ２３'),
        cell('C2', '滨海'),
        cell('D2', '小型企业'),
        cell('E2', '高新，科小'),
        cell('F2', '０２２－６６２２３３４４'),
      ]) +
      row(3, [
        cell('A3', '天津塘沽乙有限公司'),
        cell('C3', '塘沽区'),
        cell('D3', '中'),
        cell('E3', '专精特新“小巨人”企业'),
      ]) +
      row(4, [cell('A4', '天津丙有限公司'), cell('D4', '特大')]) +
      row(5, [cell('A5', true), cell('C5', '河西区')]) +
      row(6, [cell('A6', '天津丁有限公司'), cell('B6', '91120116MA05T8QK23', 'n')]) +
      row(7, [cell('A7', '天津戊有限公司'), cell('ZZZZ7', '远')]),
  )
  const dialog = await openImport(page)
  await dialog
    .getByLabel('选择 Excel 文件')
    .setInputFiles(await fixtureFile(testInfo, '区县名单.xlsx', buildZip(workbookParts(sheet))))
  await expect(dialog.getByText('文件“区县名单.xlsx”共 6 行数据')).toBeVisible()
  await dialog.getByRole('button', { name: '下一步' }).click()
  await expect(dialog.getByText('共 6 行：可导入 2 行，拒绝 4 行')).toBeVisible()

  const report = dialog.getByRole('table', { name: '导入报告' })
  const reason = (rowNumber: number) =>
    report
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: String(rowNumber), exact: true }) })
  await expect(reason(4)).toContainText(
    '企业规模“特大”不在可选范围内（可选：大型、中型、小型、微型）',
  )
  await expect(reason(5)).toContainText('企业名称是逻辑值 TRUE，不是文字')
  await expect(reason(6)).toContainText(
    'B6（统一社会信用代码）：单元格标为数字，内容却是“91120116MA05T8QK23”',
  )
  await expect(reason(7)).toContainText('单元格位置“ZZZZ7”无效，无法确定它在哪一列')
  await shot(page, 'excel-import-preview-reasons')

  await dialog.getByRole('button', { name: '导入 2 行' }).click()
  await expect(dialog.getByText('已导入 2 条企业记录；4 行未导入，原因如下。')).toBeVisible()
  await shot(page, 'excel-import-done')
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: '下载未导入行报告' }).click()
  const reportRows = await readSheet(await readFile(await (await download).path()))
  expect(reportRows[0]).toEqual(['原行号', '未导入原因', ...header])
  expect(reportRows.slice(1).map((r) => r.slice(0, 1).concat(r.slice(2)))).toEqual([
    [4, '天津丙有限公司', null, null, '特大', null, null],
    [5, 'TRUE', null, '河西区', null, null, null],
    [6, '天津丁有限公司', null, null, null, null, null],
    [7, '天津戊有限公司', null, null, null, null, null],
  ])
  await dialog.getByRole('button', { name: '完成' }).click()

  await page.getByRole('link', { name: '天津滨海甲科技有限公司' }).click()
  await expect(page.getByLabel('统一社会信用代码', { exact: true })).toHaveText(
    '91120116MA05T8QK23',
  )
  await expect(page.getByLabel('所属区', { exact: true })).toHaveText('滨海新区')
  await expect(page.getByLabel('企业规模', { exact: true })).toHaveText('小型')
  await expect(page.getByLabel('企业标签', { exact: true })).toContainText('高新技术企业')
  await expect(page.getByLabel('企业标签', { exact: true })).toContainText('科技型中小企业')
  await expect(page.getByLabel('联系电话', { exact: true })).toHaveText('022-66223344')
  expect(errors).toEqual([])
})
