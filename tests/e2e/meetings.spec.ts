import { readFile } from 'node:fs/promises'
import { strFromU8, unzipSync } from 'fflate'
import { expect, test, type Page } from './fixtures'
import { addChild, chooseOption, pickParty, createEnterprise, openApp } from './helpers'

const preview = (page: Page) => page.getByRole('document', { name: '公文预览' })

async function addAgendaItem(page: Page, title: string, notes: string) {
  const editor = page.getByRole('region', { name: '议程和会议记录' })
  await editor.getByRole('textbox', { name: '新议题' }).fill(title)
  await page.keyboard.press('Enter')
  const notesBox = editor.getByRole('group').last().getByRole('textbox', { name: '会议记录' })
  await expect(notesBox).toBeFocused()
  await page.keyboard.type(notes)
  await expect(editor.getByRole('status')).toHaveText('已全部保存')
}

test('a 会商会 with attendees, agenda and decisions; a decision followed as an overdue item; its 纪要 as Word', async ({
  page,
}) => {
  const errors = await openApp(page, '/directory/contacts/new?orgId=org-city-federation')
  await page.getByLabel('姓名').fill('赵敏')
  await page.getByLabel('职务').fill('部长')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('heading', { name: '赵敏' })).toBeVisible()

  await page
    .getByRole('navigation', { name: '模块导航' })
    .getByRole('link', { name: '会议' })
    .click()
  await page.getByRole('button', { name: '新建会议' }).click()
  const name = '2026年第四季度知识产权服务民营企业工作会商会'
  await page.getByLabel('会议名称').fill(name)
  await chooseOption(page, '会议类型', '会商会')
  await page.getByRole('textbox', { name: '地点' }).fill('市知识产权局第一会议室')
  await page.getByRole('textbox', { name: '开始时间' }).fill('2026年12月2日 9:30')
  await page.getByRole('textbox', { name: '结束时间' }).fill('2026年12月2日 11:30')
  await pickParty(page, '主办单位', '市知识产权局', /^天津市知识产权局/)
  await pickParty(page, '主办单位', '市工商业联合会', /^天津市工商业联合会/)
  // The directory's 赵敏, not the name as typed (offered at once, before the search answers).
  await pickParty(page, '出席', '赵敏', /^赵敏(?!.*按输入)/)
  await pickParty(page, '出席', '刘强', /^刘强.*按输入的姓名或单位添加/)
  await page.screenshot({ path: 'test-results/screens/meeting-form.png', fullPage: true })
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('heading', { name })).toBeVisible()
  await expect(page.getByLabel('出席', { exact: true })).toHaveText('赵敏、刘强')
  await expect(page.getByLabel('出席（按单位）')).toHaveText(
    '出席：天津市工商业联合会：赵敏（部长）；其他：刘强',
  )

  // Notes are taken with the keyboard: a 议题, Enter, its notes; saved as they are typed.
  await addAgendaItem(
    page,
    '通报第四季度联合调研情况',
    '市知识产权局通报了调研走访的60家企业情况。\n市工商联补充了商会会员企业的诉求。',
  )
  await addAgendaItem(page, '研究2027年培训宣讲计划', '双方同意分区举办培训班。')
  await addChild(page, '议定事项', { 议定内容: '2027年一季度前印发联合调研报告。' })
  await addChild(page, '议定事项', { 议定内容: '各区工商联于每季度末报送培训需求。' })

  // A decision becomes an action item, due yesterday or earlier: the 工作台 shows it overdue.
  await page
    .getByRole('region', { name: '议定事项' })
    .getByRole('row', { name: /印发联合调研报告/ })
    .getByRole('link', { name: '转为督办事项' })
    .click()
  await expect(page.getByRole('heading', { name: '新建督办事项' })).toBeVisible()
  await expect(page.getByLabel('事项内容')).toHaveValue('2027年一季度前印发联合调研报告。')
  await page.getByRole('textbox', { name: '完成期限' }).fill('2026年12月1日')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(
    page.getByRole('heading', { name: '2027年一季度前印发联合调研报告。' }),
  ).toBeVisible()
  await expect(page.getByRole('region', { name: '办理状态' }).getByText('已逾期')).toBeVisible()

  await page
    .getByRole('navigation', { name: '模块导航' })
    .getByRole('link', { name: '工作台' })
    .click()
  const reminders = page.getByRole('region', { name: '到期提醒' })
  await expect(
    reminders.getByRole('link', { name: '2027年一季度前印发联合调研报告。' }),
  ).toBeVisible()
  await expect(reminders).toContainText('已逾期')

  // The meeting's page lists the item under its decisions.
  await page
    .getByRole('navigation', { name: '模块导航' })
    .getByRole('link', { name: '会议' })
    .click()
  await page.getByRole('link', { name }).click()
  await expect(
    page.getByRole('region', { name: '督办事项' }).getByRole('link', { name: /印发联合调研报告/ }),
  ).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/meeting-detail.png', fullPage: true })

  await page.getByRole('link', { name: '生成会议纪要' }).click()
  await expect(page.getByRole('heading', { name: '新建公文' })).toBeVisible()
  await expect(page.getByRole('textbox', { name: '期号', exact: true })).toHaveValue('第1期')
  await expect(preview(page)).toContainText('会商会纪要')
  await expect(preview(page)).toContainText('通报第四季度联合调研情况')
  await expect(preview(page)).toContainText('各区工商联于每季度末报送培训需求')
  await page.screenshot({ path: 'test-results/screens/meeting-minutes-editor.png' })
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: '保存为 Word' }).click()
  const download = await downloading
  const files = unzipSync(new Uint8Array(await readFile(await download.path())))
  const text = strFromU8(files['word/document.xml'] ?? new Uint8Array()).replace(/<[^>]+>/g, '')
  // The 签到表 lists the attendees with their unit and 职务, and an empty 签名 column.
  await page.getByRole('link', { name: `“${name}”` }).click()
  await expect(page.getByRole('region', { name: '议程和会议记录' })).toBeVisible()
  // The Word file's late registration must not pull the user back to the editor.
  await expect(page).toHaveURL(/#\/meetings\//)
  await page.getByRole('link', { name: '生成签到表' }).click()
  await expect(preview(page)).toContainText('签到表')
  await expect(preview(page)).toContainText('天津市工商业联合会')
  await expect(preview(page)).toContainText('部长')
  await page.screenshot({ path: 'test-results/screens/meeting-sign-in-editor.png' })
  for (const expected of [
    '2027年一季度前印发联合调研报告',
    '各区工商联于每季度末报送培训需求',
    '赵敏',
    '刘强',
  ]) {
    expect(text).toContain(expected)
  }
  expect(errors).toEqual([])
})

test('notes typed during a meeting are there after the window is closed and opened again', async ({
  page,
}) => {
  await openApp(page, '/meetings/new')
  await page.getByLabel('会议名称').fill('联席会议（记录测试）')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('heading', { name: '联席会议（记录测试）' })).toBeVisible()
  const meetingUrl = page.url()

  const editor = page.getByRole('region', { name: '议程和会议记录' })
  await editor.getByRole('textbox', { name: '新议题' }).fill('研究联合执法协作')
  await page.keyboard.press('Enter')
  await page.keyboard.type('双方同意建立案件线索移送机制，')
  await page.keyboard.type('每月会商一次。')
  // Written after a pause in typing: a window killed now (as a crash would) keeps it.
  await expect(editor.getByRole('status')).toHaveText('已全部保存')
  await page.screenshot({ path: 'test-results/screens/meeting-notes.png' })
  const context = page.context()
  await page.close({ runBeforeUnload: false })

  const reopened = await context.newPage()
  await reopened.goto(meetingUrl)
  const again = reopened.getByRole('region', { name: '议程和会议记录' })
  await expect(again.getByRole('textbox', { name: '议题', exact: true })).toHaveValue(
    '研究联合执法协作',
  )
  await expect(again.getByRole('textbox', { name: '会议记录' })).toHaveValue(
    '双方同意建立案件线索移送机制，每月会商一次。',
  )
})

test('an action item is started, postponed with a reason, and its progress is noted', async ({
  page,
}) => {
  await openApp(page, '/action-items/new')
  await page.getByLabel('事项内容').fill('修改完善调研报告并报送市政府')
  await page.getByRole('textbox', { name: '完成期限' }).fill('2027年1月15日')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('heading', { name: '修改完善调研报告并报送市政府' })).toBeVisible()

  const workflow = page.getByRole('region', { name: '办理状态' })
  await workflow.getByRole('button', { name: '开始办理' }).click()
  await expect(workflow.getByText('进行中')).toBeVisible()
  await workflow.getByRole('button', { name: '延期' }).click()
  const ask = page.getByRole('dialog', { name: '延期' })
  await ask.getByLabel('原因').fill('等待市统计局数据')
  await ask.getByRole('button', { name: '确定' }).click()
  // 延期 records why and keeps the item in progress.
  await expect(workflow.getByText('进行中')).toBeVisible()
  await expect(page.getByRole('list', { name: '办理记录' })).toContainText('延期：等待市统计局数据')

  const progress = page.getByRole('region', { name: '进展记录' })
  await progress.getByRole('button', { name: '添加进展记录' }).click()
  const dialog = page.getByRole('dialog', { name: '添加进展记录' })
  await dialog.getByRole('textbox', { name: '日期' }).fill('2026年12月7日')
  await dialog
    .getByRole('textbox', { name: '进展情况', exact: true })
    .fill('已完成初稿，正征求各区意见')
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(progress.getByRole('link', { name: '已完成初稿，正征求各区意见' })).toBeVisible()
  await expect(progress).toContainText('2026-12-07')
  await page.screenshot({ path: 'test-results/screens/action-item.png', fullPage: true })
})

test('an enterprise’s representatives are listed under it and on the 签到表', async ({ page }) => {
  const errors = await openApp(page)
  await createEnterprise(page, { name: '天津海河智能科技有限公司' })
  await page.goto('/#/meetings/new')
  await page.getByLabel('会议名称').fill('民营企业家知识产权座谈会')
  await pickParty(page, '参会企业', '海河智能', /^天津海河智能科技有限公司/)
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('heading', { name: '民营企业家知识产权座谈会' })).toBeVisible()

  const delegates = page.getByRole('region', { name: '参会企业代表' })
  await delegates.getByRole('button', { name: '添加企业代表' }).click()
  const dialog = page.getByRole('dialog', { name: '添加企业代表' })
  // The enterprise must be named.
  await dialog.getByRole('textbox', { name: '姓名', exact: true }).fill('张伟')
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(dialog.getByText('请选择代表的企业')).toBeVisible()
  await dialog.getByRole('combobox', { name: '企业', exact: true }).fill('海河智能')
  await page.getByRole('option', { name: /^天津海河智能科技有限公司/ }).click()
  await dialog.getByRole('textbox', { name: '职务', exact: true }).fill('总经理')
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByLabel('参会企业（按单位）')).toHaveText(
    '参会企业：天津海河智能科技有限公司：张伟（总经理）',
  )
  await page.screenshot({ path: 'test-results/screens/meeting-delegates.png', fullPage: true })

  await page.getByRole('link', { name: '生成签到表' }).click()
  await expect(preview(page)).toContainText('张伟')
  await expect(preview(page)).toContainText('总经理')
  expect(errors).toEqual([])
})
