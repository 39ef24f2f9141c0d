import { readFile } from 'node:fs/promises'
import { strFromU8, unzipSync } from 'fflate'
import { expect, test, type Page } from './fixtures'
import { chooseOption, pickParty, createEnterprise, openApp } from './helpers'
import { confirmImport, exportRecordPackage, openPackage } from './packages'
import { expectLaidOut } from './laidOut'
import { DRAFT_INTERVAL_MS } from '../../renderer/components/drafts/useFormDraft'

/** A 1×1 PNG: a photo taken on the visit. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)

const visits = (page: Page) => page.getByRole('region', { name: '走访记录' })

/** 新建调研 with its title only, up to its page. */
async function createSurvey(page: Page, title: string) {
  await page.goto('/#/surveys/new')
  await page.getByLabel('调研题目').fill(title)
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('heading', { name: title })).toBeVisible()
}

async function startVisitOf(page: Page, enterprise: string) {
  await visits(page)
    .getByRole('button', { name: `走访 ${enterprise}` })
    .click()
  const dialog = page.getByRole('dialog', { name: '新增走访' })
  await expect(dialog.getByRole('combobox', { name: '走访企业' })).toHaveValue(enterprise)
  await dialog.getByRole('button', { name: '开始记录' }).click()
  await expect(page.getByRole('heading', { name: '编辑走访' })).toBeVisible()
}

test('plan a 联合调研, record three visits (one with a new enterprise, one with a photo), and find an unsaved visit again as a draft', async ({
  page,
}) => {
  // A long walk through the app, and LibreOffice prints the report at the end.
  test.setTimeout(240_000)
  const errors = await openApp(page)
  await createEnterprise(page, { name: '天津走访甲科技有限公司', district: '和平区' })
  await createEnterprise(page, { name: '天津走访乙制造有限公司', district: '西青区' })

  await page
    .getByRole('navigation', { name: '模块导航' })
    .getByRole('link', { name: '联合调研' })
    .click()
  await page.getByRole('button', { name: '新建调研' }).click()
  const title = '2026年民营企业知识产权需求联合调研'
  await page.getByLabel('调研题目').fill(title)
  await pickParty(page, '牵头单位', '市知识产权局', /^天津市知识产权局/)
  await pickParty(page, '参与单位', '市工商业联合会', /^天津市工商业联合会/)
  await page.getByRole('textbox', { name: '起止日期（开始）' }).fill('2026年11月2日')
  await page.getByRole('textbox', { name: '起止日期（结束）' }).fill('2026-11-01')
  await chooseOption(page, '状态', '实施中')
  await page.getByLabel('调研目的').fill('了解民营企业知识产权保护需求。')
  await page.getByLabel('重点问题').fill('商标保护；维权援助；质押融资。')
  await pickParty(page, '计划走访企业', '走访甲', /^天津走访甲科技有限公司/)
  await pickParty(page, '计划走访企业', '走访乙', /^天津走访乙制造有限公司/)
  const planned = page.getByRole('combobox', { name: '计划走访企业', exact: true })
  await expect(planned.locator('xpath=..')).toContainText('天津走访甲科技有限公司')
  await expect(planned.locator('xpath=..')).toContainText('天津走访乙制造有限公司')
  await page.getByRole('button', { name: '保存' }).click()
  // An end before the start is refused in Chinese, and nothing is saved.
  await expect(page.getByText('结束日期不能早于开始日期')).toBeVisible()
  await page.getByRole('textbox', { name: '起止日期（结束）' }).fill('2026-11-30')
  await page.screenshot({ path: 'test-results/screens/survey-form.png', fullPage: true })
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('heading', { name: title })).toBeVisible()
  await expect(page.getByLabel('起止日期', { exact: true })).toHaveText('2026-11-02 至 2026-11-30')
  const progress = visits(page).getByLabel('走访进度')
  await expect(progress).toHaveText(/草稿 0.*已完成 0.*计划未走访 2/)

  // The 问卷: the second question is asked only of those who answer 是 to the first.
  await page.getByRole('button', { name: '编辑问卷' }).click()
  const editor = page.getByRole('dialog', { name: '编辑问卷' })
  const question = (n: number) => editor.getByRole('group', { name: `第 ${String(n)} 题` })
  await question(1).getByLabel('题目').fill('是否遭遇过知识产权侵权')
  await question(1).getByLabel('必答').check()
  await question(1).getByLabel('选项（每行一个）').fill('是\n否')
  await editor.getByRole('button', { name: '添加题目' }).click()
  await question(2).getByLabel('题目').fill('侵权涉及的类型')
  await question(2).getByRole('combobox', { name: '题型' }).click()
  await page.getByRole('option', { name: '多选', exact: true }).click()
  await question(2).getByLabel('选项（每行一个）').fill('专利\n商标\n著作权')
  await question(2).getByRole('combobox', { name: '显示条件' }).click()
  await page.getByRole('option', { name: '第 1 题选择“是”时' }).click()
  await editor.getByRole('button', { name: '添加题目' }).click()
  await question(3).getByLabel('题目').fill('研发人员数')
  await question(3).getByRole('combobox', { name: '题型' }).click()
  await page.getByRole('option', { name: '数字', exact: true }).click()
  await question(3).getByLabel('最小值').fill('0')
  await question(3).getByLabel('最大值').fill('十万')
  await editor.getByRole('button', { name: '保存问卷' }).click()
  await expect(editor.getByText('第 3 题的最大值应为数字')).toBeVisible()
  await question(3).getByLabel('最大值').fill('100000')
  await page.screenshot({ path: 'test-results/screens/questionnaire-editor.png' })
  await editor.getByRole('button', { name: '保存问卷' }).click()
  await expect(editor).toBeHidden()
  await expect(page.getByRole('list', { name: '问卷题目' })).toContainText(
    '仅当第 1 题选择“是”时显示',
  )

  // 1. A planned enterprise, written and marked 已完成.
  await startVisitOf(page, '天津走访甲科技有限公司')
  await page.getByLabel('企业受访人员').fill('张总（总经理）')
  await page.getByLabel('存在问题').fill('商标在电商平台被仿冒，维权周期长。')
  // 企业诉求 are items, keyboard-first: Enter starts the next one.
  await page.getByRole('button', { name: '添加诉求' }).click()
  await page.getByLabel('企业诉求第 1 项诉求内容').fill('希望开通商标维权快速通道。')
  await page.getByLabel('企业诉求第 1 项诉求内容').press('Enter')
  await page.getByLabel('企业诉求第 2 项诉求内容').fill('希望对接知识产权质押融资银行。')
  const firstDemand = page.getByRole('listitem', { name: '企业诉求第 1 项' })
  await firstDemand.getByRole('combobox', { name: '知识产权类型' }).click()
  await page.getByRole('option', { name: '商标', exact: true }).click()
  await firstDemand.getByRole('combobox', { name: '诉求类别' }).click()
  await page.getByRole('option', { name: '维权保护', exact: true }).click()
  await page.screenshot({ path: 'test-results/screens/visit-form.png', fullPage: true })
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('heading', { name: '天津走访甲科技有限公司' })).toBeVisible()
  // Not 已完成 while a required question is open.
  await page
    .getByRole('region', { name: '办理状态' })
    .getByRole('button', { name: '标记为已完成' })
    .click()
  await expect(
    page.getByText('问卷还有必答题未答（第 1 题），请先在“问卷”中填写并保存，再标记为已完成'),
  ).toBeVisible()
  await expect(
    page.getByRole('region', { name: '办理状态' }).getByText('草稿', { exact: true }),
  ).toBeVisible()
  // The 问卷 on the visit: the conditional question appears once 是 is chosen; ranges are checked.
  const answers = page.getByRole('region', { name: '问卷' })
  await expect(answers.getByText('侵权涉及的类型')).toHaveCount(0)
  await expect(answers.getByRole('status')).toHaveText('尚有 1 道必答题未答')
  await answers.getByRole('radio', { name: '是' }).check()
  await answers.getByRole('checkbox', { name: '商标' }).check()
  await answers.getByLabel('研发人员数').fill('-5')
  await answers.getByRole('button', { name: '保存问卷回答' }).click()
  await expect(answers.getByText('不能小于 0')).toBeVisible()
  await answers.getByLabel('研发人员数').fill('40')
  await answers.getByRole('button', { name: '保存问卷回答' }).click()
  await expect(page.getByText('已保存问卷回答')).toBeVisible()
  await expect(answers.getByRole('status')).toHaveCount(0)
  await page.screenshot({ path: 'test-results/screens/visit-answers.png', fullPage: true })
  await page
    .getByRole('region', { name: '办理状态' })
    .getByRole('button', { name: '标记为已完成' })
    .click()
  await expect(
    page.getByRole('region', { name: '办理状态' }).getByText('已完成', { exact: true }),
  ).toBeVisible()
  await page.getByRole('link', { name: title }).first().click()
  await expect(progress).toHaveText(/草稿 0.*已完成 1.*计划未走访 1/)

  // 2. An enterprise met on the spot, added to 企业库 with the same checks, and a photo.
  await visits(page).getByRole('button', { name: '新增走访' }).click()
  const dialog = page.getByRole('dialog', { name: '新增走访' })
  await dialog.getByRole('button', { name: '开始记录' }).click()
  await expect(dialog.getByText('请选择走访的企业，或在企业库中新建')).toBeVisible()
  await dialog.getByRole('button', { name: '新建企业' }).click()
  const created = page.getByRole('dialog', { name: '新建企业' })
  await created.getByLabel('企业名称').fill('天津现场新建生物有限公司')
  await created.getByLabel('统一社会信用代码').fill('91120000ABC')
  await created.getByRole('button', { name: '保存' }).click()
  await expect(created.getByText(/统一社会信用代码/).last()).toBeVisible()
  await created.getByLabel('统一社会信用代码').fill('')
  await chooseOption(page, '所属区', '滨海新区')
  await created.getByRole('button', { name: '保存' }).click()
  await expect(dialog.getByRole('combobox', { name: '走访企业' })).toHaveValue(
    '天津现场新建生物有限公司',
  )
  await page.screenshot({ path: 'test-results/screens/visit-new-dialog.png' })
  await dialog.getByRole('button', { name: '开始记录' }).click()
  await expect(page.getByRole('heading', { name: '编辑走访' })).toBeVisible()
  await page.getByLabel('知识产权现状').fill('发明专利2件，正在申请1件。')
  await page.getByLabel('选择照片和附件文件').setInputFiles({
    name: '走访现场.png',
    mimeType: 'image/png',
    buffer: PHOTO,
  })
  await expect(page.getByRole('list', { name: '附件列表' })).toContainText('走访现场.png')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('heading', { name: '天津现场新建生物有限公司' })).toBeVisible()

  // 3. The page closes in the middle of a visit: the visit is a 草稿, and what was typed is back.
  await page.getByRole('link', { name: title }).first().click()
  await startVisitOf(page, '天津走访乙制造有限公司')
  await page.getByLabel('企业基本情况').fill('年产值约2亿元，研发人员40人。')
  await page.evaluate(() => window.dispatchEvent(new Event('blur')))
  await page.waitForTimeout(DRAFT_INTERVAL_MS + 1000)
  await page.reload()
  const banner = page.getByRole('alert', { name: '未保存的草稿' })
  await banner.getByRole('button', { name: '恢复草稿' }).click()
  await expect(page.getByLabel('企业基本情况')).toHaveValue('年产值约2亿元，研发人员40人。')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('heading', { name: '天津走访乙制造有限公司' })).toBeVisible()
  await page.getByRole('link', { name: title }).first().click()
  await expect(progress).toHaveText(/草稿 2.*已完成 1.*计划未走访 0/)
  await expect(visits(page).getByRole('link')).toHaveCount(3)
  // 调研统计: visits by district and industry as charts, and the answers counted.
  const stats = page.getByRole('region', { name: '调研统计' })
  await expect(stats.getByRole('img', { name: '走访企业按区分布' })).toBeVisible()
  await expect(stats.getByRole('img', { name: '走访企业按区分布' }).locator('svg')).toBeVisible()
  const first = stats.getByRole('region', { name: '第 1 题结果' })
  await expect(first.getByRole('row', { name: '是 1 100%' })).toBeVisible()
  await expect(first.getByRole('img', { name: '是否遭遇过知识产权侵权' })).toBeVisible()
  await expect(stats.getByRole('region', { name: '第 3 题结果' })).toContainText(
    '合计 40，平均 40，最小 40，最大 40',
  )
  await page.screenshot({ path: 'test-results/screens/survey-page.png', fullPage: true })

  // 生成调研报告: a draft 报告 with the visit counts, saved as Word and registered.
  await page.getByRole('link', { name: '生成调研报告' }).click()
  await expect(page.getByRole('heading', { name: '新建公文' })).toBeVisible()
  const preview = page.getByRole('document', { name: '公文预览' })
  await expect(preview).toContainText(`${title}报告`)
  await expect(preview).toContainText('本次调研共走访企业3家（其中已完成走访记录1家），涉及3个区')
  await expect(preview).toContainText('企业诉求汇总')
  await expect(preview).toContainText('希望开通商标维权快速通道。')
  // Edited: the industry chart taken out, a paragraph of 意见建议 written at the end.
  const charts = page.getByRole('textbox', { name: /^正文第\d+块图表数据$/ })
  await expect(charts).toHaveCount(3)
  await expect(charts.first()).toHaveValue(/和平区 \| 1/)
  const industry = (await charts.nth(1).getAttribute('aria-label'))?.replace('图表数据', '') ?? ''
  await page.getByRole('button', { name: `删除${industry}` }).click()
  await expect(charts).toHaveCount(2)
  await page.getByRole('button', { name: '在正文末尾添加段落' }).click()
  await page
    .getByRole('textbox', { name: /^正文第\d+块$/ })
    .last()
    .fill('建议将企业诉求纳入会商议题，逐项跟踪办理。')
  await expect(preview).toContainText('建议将企业诉求纳入会商议题')
  await expect(preview.locator('img')).toHaveCount(2)
  await charts.first().scrollIntoViewIfNeeded()
  await preview.locator('img').first().scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screens/survey-report-chart.png' })
  await page.screenshot({ path: 'test-results/screens/survey-report-editor.png' })
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: '保存为 Word' }).click()
  const download = await downloading
  const docx = new Uint8Array(await readFile(await download.path()))
  const files = unzipSync(docx)
  const text = strFromU8(files['word/document.xml'] ?? new Uint8Array()).replace(/<[^>]+>/g, '')
  expect(text).toContain('本次调研共走访企业3家')
  expect(text).toContain('是否遭遇过知识产权侵权')
  expect(text).toContain('建议将企业诉求纳入会商议题')
  expect(text).toContain('希望对接知识产权质押融资银行。')
  expect(text).toContain('商标，维权保护')
  expect(text).not.toContain('走访企业按行业分布图')
  // The charts are pictures drawn in the app: PNGs three times their size, sharp on paper.
  const pictures = Object.keys(files).filter((name) => /^word\/media\/.+\.png$/.test(name))
  expect(pictures).toHaveLength(2)
  // The saved file, printed by LibreOffice, passes the layout checks.
  const printed = await expectLaidOut('survey-report-e2e', docx, [
    '共走访企业3家',
    '图1 走访企业按区分布',
  ])
  expect(printed.pictures).toBe(2)
  await page.getByRole('link', { name: `“${title}”` }).click()
  await expect(page.getByRole('region', { name: '生成的公文' })).toContainText(`${title}报告`)

  // The enterprise's page shows its visits; after a reload everything is still there.
  await page.reload()
  await visits(page).getByRole('link', { name: '天津走访甲科技有限公司' }).click()
  await page
    .getByRole('region', { name: '走访企业' })
    .getByRole('link', { name: '天津走访甲科技有限公司' })
    .click()
  await expect(page.getByRole('heading', { name: '天津走访甲科技有限公司' })).toBeVisible()
  const ofEnterprise = page.getByRole('region', { name: '走访记录' })
  await expect(ofEnterprise.getByRole('link', { name: '天津走访甲科技有限公司' })).toBeVisible()
  await expect(ofEnterprise).toContainText('已完成')
  await page.screenshot({ path: 'test-results/screens/enterprise-visits.png', fullPage: true })
  expect(errors).toEqual([])
})

test('按条件添加 plans a district’s enterprises at once, 生成调研方案 lists them, and the sample survey is finished', async ({
  page,
}) => {
  const errors = await openApp(page)
  await createEnterprise(page, { name: '天津和平一号商贸有限公司', district: '和平区' })
  await createEnterprise(page, { name: '天津和平二号商贸有限公司', district: '和平区' })
  await createEnterprise(page, { name: '天津河西三号商贸有限公司', district: '河西区' })
  const title = '和平区商贸企业商标保护调研'
  await createSurvey(page, title)
  await expect(page.getByLabel('状态', { exact: true })).toHaveText('筹备')

  await visits(page).getByRole('button', { name: '按条件添加企业' }).click()
  const dialog = page.getByRole('dialog', { name: '按条件添加计划走访企业' })
  await dialog.getByRole('combobox', { name: '所属区' }).click()
  await page.getByRole('option', { name: '和平区', exact: true }).click()
  await dialog.getByRole('heading', { name: '按条件添加计划走访企业' }).click()
  await expect(dialog.getByRole('status')).toHaveText(
    '符合条件的企业 2 家，其中 2 家尚未列入计划。',
  )
  await page.screenshot({ path: 'test-results/screens/survey-plan-by-filter.png' })
  await dialog.getByRole('button', { name: '加入计划' }).click()
  await expect(dialog).toBeHidden()
  await expect(visits(page).getByLabel('走访进度')).toContainText('计划未走访 2')
  // Added in the order of their names (by 拼音: 二 before 一).
  await expect(page.getByLabel('计划走访企业', { exact: true })).toHaveText(
    '天津和平二号商贸有限公司、天津和平一号商贸有限公司',
  )

  await page.getByRole('link', { name: '生成调研方案' }).click()
  const preview = page.getByRole('document', { name: '公文预览' })
  await expect(preview).toContainText(`${title}方案`)
  await expect(preview).toContainText('天津和平二号商贸有限公司')
  await expect(preview).toContainText('（请填写调研目的。）')

  await page.goto('/#/settings')
  await page.getByRole('button', { name: '加载示例数据' }).click()
  await expect(page.getByText(/联合调研 1 项（走访 20 次）/)).toBeVisible()
  await page.goto('/#/surveys')
  await page.getByRole('link', { name: '民营企业知识产权保护需求联合调研' }).click()
  await expect(visits(page).getByLabel('走访进度')).toHaveText(/草稿 0.*已完成 20.*计划未走访 0/)
  const sampleStats = page.getByRole('region', { name: '调研统计' })
  await expect(sampleStats.getByRole('img', { name: '走访企业按行业分布' })).toBeVisible()
  // Industries by name, never by their GB/T 4754 letter.
  await expect(sampleStats.getByRole('img', { name: '走访企业按行业分布' })).toContainText('制造业')
  await expect(sampleStats.getByRole('region', { name: '第 2 题结果' })).toContainText('商标')
  await page.screenshot({ path: 'test-results/screens/survey-sample.png', fullPage: true })
  expect(errors).toEqual([])
})

test('a laptop back from the field brings a survey’s visits and the enterprises it met into the office PC, and nothing else', async ({
  page: laptop,
  otherDevice: office,
}) => {
  await openApp(laptop)
  await openApp(office)
  await createEnterprise(laptop, { name: '天津外勤不相关有限公司', district: '东丽区' })
  const title = '东丽区企业知识产权走访'
  await createSurvey(laptop, title)
  await visits(laptop).getByRole('button', { name: '新增走访' }).click()
  const dialog = laptop.getByRole('dialog', { name: '新增走访' })
  await dialog.getByRole('button', { name: '新建企业' }).click()
  const created = laptop.getByRole('dialog', { name: '新建企业' })
  await created.getByLabel('企业名称').fill('天津外勤新建精密有限公司')
  await created.getByRole('button', { name: '保存' }).click()
  await dialog.getByRole('button', { name: '开始记录' }).click()
  await laptop.getByRole('button', { name: '添加诉求' }).click()
  await laptop.getByLabel('企业诉求第 1 项诉求内容').fill('希望提供海外参展知识产权指导。')
  await laptop.getByRole('button', { name: '保存' }).click()
  await expect(laptop.getByRole('heading', { name: '天津外勤新建精密有限公司' })).toBeVisible()
  await laptop.getByRole('link', { name: title }).first().click()
  await expect(laptop.getByRole('heading', { name: title })).toBeVisible()

  const file = await exportRecordPackage(laptop, title)
  const preview = await openPackage(office, file)
  // The survey, its visit and the enterprise it met: three new records.
  await expect(preview.getByLabel('导入预览')).toContainText('新增 3')
  await confirmImport(office)
  await office.goto('/#/surveys')
  await office.getByRole('link', { name: title }).click()
  await expect(visits(office).getByRole('link', { name: '天津外勤新建精密有限公司' })).toBeVisible()
  await visits(office).getByRole('link', { name: '天津外勤新建精密有限公司' }).click()
  await expect(office.getByLabel('企业诉求', { exact: true })).toHaveText(
    '希望提供海外参展知识产权指导。',
  )
  await office.goto('/#/enterprises')
  await expect(office.getByRole('link', { name: '天津外勤新建精密有限公司' })).toBeVisible()
  await expect(office.getByRole('link', { name: '天津外勤不相关有限公司' })).toHaveCount(0)
})
