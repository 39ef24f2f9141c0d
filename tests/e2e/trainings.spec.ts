import { readFile } from 'node:fs/promises'
import { strFromU8, unzipSync } from 'fflate'
import { expect, test } from './fixtures'
import {
  addChild,
  chooseOption,
  closeOptions,
  createEnterprise,
  openApp,
  openWithSamples,
} from './helpers'
import { expectLaidOut } from './laidOut'
import writeExcelFile from 'write-excel-file/node'

/** The rows of a 签到表 in a saved .docx (the header included). */
function signInRows(docx: Uint8Array): number {
  const xml = strFromU8(unzipSync(docx)['word/document.xml'] ?? new Uint8Array())
  return (xml.match(/<w:tr[ >]/g) ?? []).length
}

test('a new user plans a 培训 with its 日程, registers people, signs them in at the door and prints the 签到表', async ({
  page,
}) => {
  // LibreOffice prints the 培训通知 and the 签到表.
  test.setTimeout(240_000)
  const errors = await openApp(page)
  await createEnterprise(page, { name: '天津海河科技有限公司' })
  await page
    .getByRole('navigation', { name: '模块导航' })
    .getByRole('link', { name: '培训', exact: true })
    .click()
  await page.getByRole('button', { name: '新建培训' }).click()
  const name = '民营企业商标保护政策宣讲会'
  await page.getByLabel('培训名称').fill(name)
  await chooseOption(page, '培训类型', '政策宣讲')
  await page.getByLabel('地点', { exact: true }).fill('滨海新区工商联会议室')
  await page.getByRole('textbox', { name: '开始时间' }).fill('2026-12-15 14:00')
  await page.getByRole('textbox', { name: '结束时间' }).fill('2026-12-15 12:00')
  await page.getByLabel('名额').fill('2')
  // 日程, keyboard-first: Enter starts the next session.
  await page.getByRole('button', { name: '添加日程' }).click()
  await page.getByLabel('日程第 1 项主题').fill('商标保护政策解读')
  await page.getByLabel('日程第 1 项主题').press('Enter')
  await page.getByLabel('日程第 2 项主题').fill('商标侵权典型案例')
  await page
    .getByRole('listitem', { name: '日程第 2 项' })
    .getByRole('textbox', { name: '主讲人' })
    .fill('知识产权法庭法官')
  await page.getByRole('button', { name: '保存' }).click()
  // An end before the start is refused in Chinese, nothing saved.
  await expect(page.getByText('结束时间不能早于开始时间')).toBeVisible()
  await page.getByRole('textbox', { name: '结束时间' }).fill('2026-12-15 17:00')
  await page.screenshot({ path: 'test-results/screens/training-form.png', fullPage: true })
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('heading', { name })).toBeVisible()
  await expect(page.getByLabel('日程', { exact: true })).toContainText(
    '商标侵权典型案例（知识产权法庭法官）',
  )

  // 生成培训通知: a 文件 with the 日程 as a table and the 报名回执表 as its attachment.
  await page.getByRole('link', { name: '生成培训通知' }).click()
  const preview = page.getByRole('document', { name: '公文预览' })
  await expect(preview).toContainText(`关于举办${name}的通知`)
  await expect(preview).toContainText('知识产权法庭法官')
  await expect(preview).toContainText(`${name}报名回执表`)
  await page.screenshot({ path: 'test-results/screens/training-notice.png' })
  const noticeSaved = page.waitForEvent('download')
  await page.getByRole('button', { name: '保存为 Word' }).click()
  const notice = new Uint8Array(await readFile(await (await noticeSaved).path()))
  const noticeXml = strFromU8(unzipSync(notice)['word/document.xml'] ?? new Uint8Array())
  for (const text of ['商标保护政策解读', '联系电话', '备注']) expect(noticeXml).toContain(text)
  await expectLaidOut('training-notice-e2e', notice, ['报名回执表', '主讲人'])
  await page.goBack()
  await expect(page.getByRole('heading', { name })).toBeVisible()

  // 报名, one by one; the third goes past the 名额 and is warned about.
  const people = [
    { 姓名: '王海涛', 单位: '天津海河科技有限公司', 职务: '法务主管', 联系电话: '13800221234' },
    { 姓名: '王丽娜', 单位: '天津津南制造有限公司', 职务: '研发经理', 联系电话: '13800225678' },
    { 姓名: '李建国', 单位: '天津海河科技有限公司', 职务: '总经理', 联系电话: '13800229012' },
  ]
  // The first is linked to 企业库, so the enterprise's page lists the training.
  const [first, ...others] = people
  await page.getByRole('region', { name: '报名' }).getByRole('button', { name: '添加报名' }).click()
  const adding = page.getByRole('dialog', { name: '添加报名' })
  for (const [label, value] of Object.entries(first ?? {}))
    await adding.getByRole('textbox', { name: label, exact: true }).fill(value)
  await adding.getByRole('combobox', { name: '企业', exact: true }).fill('海河科技')
  await page.getByRole('option', { name: /^天津海河科技有限公司/ }).click()
  await adding.getByRole('button', { name: '保存' }).click()
  await expect(adding).toBeHidden()
  for (const person of others) await addChild(page, '报名', person)
  const signIn = page.getByRole('region', { name: '签到' })
  await expect(signIn.getByText('报名 3 人，超过名额 2 人')).toBeVisible()

  // 签到: two characters and Enter sign in the one match; a name shared by two asks for more.
  const find = signIn.getByRole('textbox', { name: '签到查找' })
  await find.fill('海涛')
  await find.press('Enter')
  await expect(page.getByText('王海涛 已签到')).toBeVisible()
  await expect(find).toHaveValue('')
  await find.fill('王')
  await expect(signIn.getByRole('list', { name: '签到匹配' })).toHaveCount(0)
  await find.fill('天津')
  await find.press('Enter')
  await expect(page.getByText('有 2 人匹配，请再输入几个字或点选')).toBeVisible()
  await signIn.getByRole('button', { name: '为 王丽娜 签到' }).click()
  await expect(signIn.getByLabel('签到情况')).toContainText('已签到 2 人')
  // Someone who did not register is added at the door and signed in at once.
  const walkIn = signIn.getByRole('form', { name: '现场报名' })
  await walkIn.getByLabel('姓名').fill('赵敏')
  await walkIn.getByLabel('单位').fill('天津西青电子有限公司')
  await walkIn.getByRole('button', { name: '添加并签到' }).click()
  await expect(page.getByText('赵敏 现场报名并已签到')).toBeVisible()
  await expect(signIn.getByLabel('签到情况')).toContainText('报名 4 人已签到 3 人未到 1 人')

  // 反馈: an anonymous 反馈表 typed by its digit and Enter, then one for a named attendee.
  const feedback = page.getByRole('form', { name: '录入反馈' })
  const comment = feedback.getByRole('textbox', { name: '意见' })
  await comment.fill('希望多讲案例')
  await comment.press('Enter')
  await expect(page.getByText('请选择满意度（可按数字键 1–5）')).toBeVisible()
  await feedback.getByRole('button', { name: '3 一般' }).focus()
  await page.keyboard.press('4')
  await expect(feedback.getByRole('button', { name: '4 满意' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await comment.press('Enter')
  await expect(page.getByText('已录入匿名反馈')).toBeVisible()
  await expect(comment).toHaveValue('')
  await chooseOption(page, '学员', '王海涛 · 天津海河科技有限公司')
  await feedback.getByRole('button', { name: '5 非常满意' }).click()
  await comment.fill('讲得清楚')
  await feedback.getByRole('button', { name: '录入反馈' }).click()
  await expect(page.getByText('已录入 王海涛 的反馈')).toBeVisible()
  await expect(page.getByLabel('反馈情况')).toContainText(
    '收回 2 份平均 4.5 分满意率 100%其中匿名 1 份',
  )
  await page.screenshot({ path: 'test-results/screens/training-page.png', fullPage: true })

  // Still there after a reload.
  await page.reload()
  await expect(page.getByRole('region', { name: '签到' }).getByLabel('签到情况')).toContainText(
    '已签到 3 人',
  )

  // 生成培训总结: the counts of who registered and came, and the 日程.
  await page.getByRole('link', { name: '生成培训总结' }).click()
  await expect(preview).toContainText('报名4人，实到3人（其中现场报名1人），到课率75%')
  await expect(preview).toContainText('2. 商标侵权典型案例（知识产权法庭法官）。')
  await expect(preview).toContainText('收回满意度评价2份，平均4.5分（满分5分）')
  await expect(preview).toContainText('学员反映：讲得清楚')
  await page.screenshot({ path: 'test-results/screens/training-summary.png' })
  await page.goBack()

  // 生成签到表: one row per registrant, saved as Word, laid out to the standard.
  await page.getByRole('link', { name: '生成签到表' }).click()
  await expect(preview).toContainText(`${name}签到表`)
  await expect(preview).toContainText('李建国')
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: '保存为 Word' }).click()
  const docx = new Uint8Array(await readFile(await (await downloading).path()))
  const xml = strFromU8(unzipSync(docx)['word/document.xml'] ?? new Uint8Array())
  // The header, four registrants and five spare rows for those who come unannounced.
  expect(signInRows(docx)).toBe(1 + 4 + 5)
  for (const person of ['王海涛', '王丽娜', '李建国', '赵敏']) expect(xml).toContain(person)
  await expectLaidOut('training-sign-in-e2e', docx, ['王海涛', '联系电话', '签名'])

  // The enterprise's page lists its people's registrations, with the training.
  await page.goto('/#/enterprises')
  await page.getByRole('link', { name: '天津海河科技有限公司' }).click()
  const registered = page.getByRole('region', { name: '报名' })
  await expect(registered).toContainText('王海涛')
  await expect(registered).toContainText(name)
  await registered.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screens/enterprise-trainings.png' })
  expect(errors).toEqual([])
})

test('导入报名表: 30 报名回执 rows, two refused with their reasons, and a 签到表 of one row per registrant', async ({
  page,
}) => {
  test.setTimeout(240_000)
  const errors = await openApp(page)
  // One unit of the file is already in 企业库.
  await createEnterprise(page, { name: '天津海河2号科技有限公司' })
  await page.goto('/#/trainings/new')
  const name = '知识产权质押融资培训班'
  await page.getByLabel('培训名称').fill(name)
  await page.getByLabel('名额').fill('25')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('heading', { name })).toBeVisible()

  const header = ['序号', '姓名', '单位', '职务', '联系电话']
  const rows = Array.from({ length: 30 }, (_, i) => [
    String(i + 1),
    `学员${String(i + 1).padStart(2, '0')}`,
    `天津海河${String(i + 1)}号科技有限公司`,
    '知识产权专员',
    `1380022${String(i).padStart(4, '0')}`,
  ])
  // Row 12 has no name; row 20 repeats row 5 (same name and phone).
  rows[10] = ['11', '', '天津无名有限公司', '', '']
  rows[18] = ['19', '学员05', '天津海河5号科技有限公司', '', '13800220004']
  const file = await writeExcelFile([header, ...rows]).toBuffer()

  const signIn = page.getByRole('region', { name: '签到' })
  await signIn.getByRole('button', { name: '导入报名表' }).click()
  const dialog = page.getByRole('dialog', { name: '从 Excel 导入报名' })
  await dialog.getByLabel('选择 Excel 文件').setInputFiles({
    name: '报名回执.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: file,
  })
  await expect(dialog.getByText('文件“报名回执.xlsx”共 30 行数据')).toBeVisible()
  await dialog.getByRole('button', { name: '下一步' }).click()
  await expect(dialog.getByText('共 30 行：可导入 28 行，拒绝 2 行')).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/training-import.png' })
  await dialog.getByRole('button', { name: '导入 28 行' }).click()
  await expect(dialog.getByText('已导入 28 条报名记录；2 行未导入，原因如下。')).toBeVisible()
  const report = dialog.getByRole('table', { name: '导入报告' })
  const reason = (rowNumber: number) =>
    report
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: String(rowNumber), exact: true }) })
  await expect(reason(12)).toContainText('请填写姓名')
  await expect(reason(20)).toContainText('与第6行重复')
  await dialog.getByRole('button', { name: '完成' }).click()

  await expect(signIn.getByLabel('签到情况')).toContainText('报名 28 人')
  await expect(signIn.getByText('报名 28 人，超过名额 25 人')).toBeVisible()
  // The same file again adds nobody: every row is someone already registered.
  await signIn.getByRole('button', { name: '导入报名表' }).click()
  await dialog.getByLabel('选择 Excel 文件').setInputFiles({
    name: '报名回执.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: file,
  })
  await dialog.getByRole('button', { name: '下一步' }).click()
  await expect(dialog.getByText('共 30 行：可导入 0 行，拒绝 30 行')).toBeVisible()
  await expect(reason(2)).toContainText('与已有的报名“学员01”重复')
  await dialog.getByRole('button', { name: '取消' }).click()

  // A unit already in 企业库 is linked to it; one that is not is added to it from the row.
  const registered = page.getByRole('region', { name: '报名' })
  await registered.getByRole('button', { name: '将 学员02 关联企业库' }).click()
  await expect(
    page.getByText('已将“学员02”关联到企业库中的“天津海河2号科技有限公司”'),
  ).toBeVisible()
  await expect(registered.getByRole('button', { name: '将 学员02 关联企业库' })).toHaveCount(0)
  await registered.getByRole('link', { name: '将 学员03 的单位加入企业库' }).click()
  await expect(page.getByLabel('企业名称')).toHaveValue('天津海河3号科技有限公司')
  await chooseOption(page, '所属区', '西青区')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('已保存企业“天津海河3号科技有限公司”，并已关联')).toBeVisible()
  await expect(page.getByRole('heading', { name: '天津海河3号科技有限公司' })).toBeVisible()
  await expect(page.getByRole('region', { name: '报名' })).toContainText('学员03')
  // The new form gave way to the enterprise's page: one step back is the training.
  await page.goBack()
  await expect(page.getByRole('heading', { name })).toBeVisible()
  await expect(registered.getByRole('link', { name: '将 学员03 的单位加入企业库' })).toHaveCount(0)
  await expect(registered.getByRole('link', { name: '将 学员04 的单位加入企业库' })).toBeVisible()
  await registered.screenshot({ path: 'test-results/screens/training-registrations.png' })

  await page.getByRole('link', { name: '生成签到表' }).click()
  await expect(page.getByRole('document', { name: '公文预览' })).toContainText('学员30')
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: '保存为 Word' }).click()
  const docx = new Uint8Array(await readFile(await (await downloading).path()))
  expect(signInRows(docx)).toBe(1 + 28 + 5)
  const printed = await expectLaidOut('training-import-sign-in-e2e', docx, ['学员01', '学员30'])
  expect(printed.pages).toBeGreaterThanOrEqual(3)
  expect(errors).toEqual([])
})

test('培训统计 counts what the list shows: trainings, attendances, people and enterprises, by 所属区', async ({
  page,
}) => {
  const errors = await openWithSamples(page)
  await page
    .getByRole('navigation', { name: '模块导航' })
    .getByRole('link', { name: '培训', exact: true })
    .click()
  await page.getByRole('button', { name: '培训统计' }).click()
  const stats = page.getByRole('dialog', { name: '培训统计' })
  // The sample 培训班: 24 registered from 24 enterprises of 企业库, every sixth did not come.
  await expect(stats.getByLabel('统计合计')).toContainText(
    '培训 1 期报名 24 人次参训 20 人次覆盖 20 人覆盖企业 20 家',
  )
  const byDistrict = stats.getByRole('region', { name: '按所属区' })
  await expect(byDistrict.getByRole('row')).not.toHaveCount(1)
  await expect(stats.getByRole('region', { name: '按培训类型' })).toContainText('培训班12020')
  await expect(stats.getByRole('img', { name: '参训人次（按所属区）' })).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/training-stats.png' })
  await stats.getByRole('button', { name: '关闭' }).click()

  // Narrowed to 政策宣讲, the list and its statistics have none.
  await chooseOption(page, '培训类型', '政策宣讲')
  await closeOptions(page)
  await page.getByRole('button', { name: '培训统计' }).click()
  await expect(stats.getByLabel('统计合计')).toContainText('培训 0 期')
  expect(errors).toEqual([])
})
