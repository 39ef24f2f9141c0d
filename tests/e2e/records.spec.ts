import { expect, test, type Page } from './fixtures'
import { DRAFT_INTERVAL_MS } from '../../renderer/components/drafts/useFormDraft'
import { createEnterprise, openApp, VALID_CODE } from './helpers'

/**
 * What the records core promises a user: two windows never undo each other's edits, a field
 * changed elsewhere is never overwritten silently, typed text survives a closed window, and a
 * double click saves once.
 */

async function openEdit(page: Page, name: string) {
  await page.goto('/#/enterprises')
  await page.getByRole('link', { name }).click()
  await page.getByRole('button', { name: '编辑' }).click()
  // The detail page labels its values too; wait for the form before reading its inputs.
  await expect(page.getByRole('heading', { name: '编辑企业' })).toBeVisible()
  await expect(page.getByLabel('企业名称')).toHaveValue(name)
}

test('two windows editing different fields of one enterprise keep both edits', async ({
  page,
  context,
}) => {
  const errors = await openApp(page)
  const name = '天津两窗测试有限公司'
  await createEnterprise(page, { name, code: VALID_CODE, district: '河西区' })
  const second = await context.newPage()
  await openApp(second)
  await openEdit(page, name)
  await openEdit(second, name)

  await page.getByLabel('联系人', { exact: true }).fill('张海')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('heading', { name })).toBeVisible()

  // The second window still shows the old 联系人; it changes only the phone.
  await second.getByLabel('联系电话').fill('022-23456789')
  await second.getByRole('button', { name: '保存' }).click()
  await expect(second.getByRole('heading', { name })).toBeVisible()

  await page.reload()
  await expect(page.getByLabel('联系人', { exact: true })).toHaveText('张海')
  await expect(page.getByLabel('联系电话', { exact: true })).toHaveText('022-23456789')
  expect(errors).toEqual([])
})

test('a field saved in another window meanwhile is shown with both values, and the user chooses', async ({
  page,
  context,
}) => {
  await openApp(page)
  const name = '天津冲突测试有限公司'
  await createEnterprise(page, { name })
  const second = await context.newPage()
  await openApp(second)
  await openEdit(page, name)
  await openEdit(second, name)

  await page.getByLabel('联系人', { exact: true }).fill('张海')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('heading', { name })).toBeVisible()

  await second.getByLabel('联系人', { exact: true }).fill('李娜')
  await second.getByRole('button', { name: '保存' }).click()
  const panel = second.getByRole('alert', { name: '其他窗口的修改' })
  await expect(panel).toContainText('其他窗口保存的：张海')
  await expect(panel).toContainText('您填写的：李娜')
  await panel.scrollIntoViewIfNeeded()
  await second.screenshot({ path: 'test-results/screens/form-stale-field.png' })
  // Nothing was overwritten yet.
  await page.reload()
  await expect(page.getByLabel('联系人', { exact: true })).toHaveText('张海')

  await panel.getByRole('button', { name: '保留我的' }).click()
  await expect(panel).toBeHidden()
  await second.getByRole('button', { name: '保存' }).click()
  await expect(second.getByRole('heading', { name })).toBeVisible()
  await expect(second.getByLabel('联系人', { exact: true })).toHaveText('李娜')
})

test('text typed in a new form survives closing the page and comes back as a draft', async ({
  page,
  context,
}) => {
  await openApp(page, '/enterprises/new')
  await page.getByLabel('企业名称').fill('天津草稿恢复有限公司')
  await page.getByLabel('备注').fill('走访时记下的情况，还没来得及保存。')
  // The draft is written every few seconds and when focus leaves the window; a page killed
  // after that (as a crash would) finds it.
  await page.evaluate(() => window.dispatchEvent(new Event('blur')))
  await page.waitForTimeout(DRAFT_INTERVAL_MS + 1000)
  await page.close({ runBeforeUnload: false })

  const reopened = await context.newPage()
  await openApp(reopened, '/enterprises/new')
  const banner = reopened.getByRole('alert', { name: '未保存的草稿' })
  await expect(banner).toContainText('未保存的草稿')
  await reopened.screenshot({ path: 'test-results/screens/form-draft-offered.png' })
  await banner.getByRole('button', { name: '恢复草稿' }).click()
  await expect(reopened.getByLabel('企业名称')).toHaveValue('天津草稿恢复有限公司')
  await expect(reopened.getByLabel('备注')).toHaveValue('走访时记下的情况，还没来得及保存。')
  await reopened.getByRole('button', { name: '保存' }).click()
  await expect(reopened.getByRole('heading', { name: '天津草稿恢复有限公司' })).toBeVisible()

  // Saved: the draft is gone.
  await reopened.goto('/#/enterprises/new')
  await expect(reopened.getByLabel('企业名称')).toBeVisible()
  await expect(reopened.getByRole('alert', { name: '未保存的草稿' })).toHaveCount(0)
})

test('a page with unsaved changes asks before it is closed', async ({ page }) => {
  await openApp(page, '/directory/contacts/new')
  await page.getByLabel('姓名').fill('王芳')
  await expect(page.getByRole('status').filter({ hasText: '有未保存的修改' })).toBeVisible()
  let asked = false
  page.on('dialog', (dialog) => {
    // The first ask is answered 留下; the page stays, and is then closed without asking.
    if (asked) return void dialog.accept()
    asked = dialog.type() === 'beforeunload'
    void dialog.dismiss()
  })
  await page.close({ runBeforeUnload: true })
  await expect.poll(() => asked).toBe(true)
  await expect(page.getByLabel('姓名')).toHaveValue('王芳')
  await page.close()
})

test('saving twice in quick succession creates one record', async ({ page }) => {
  await openApp(page, '/directory/contacts/new')
  await page.getByLabel('姓名').fill('快速双击测试')
  await page.getByRole('button', { name: '保存' }).dblclick()
  await expect(page.getByRole('heading', { name: '快速双击测试' })).toBeVisible()
  await page.goto('/#/directory/contacts?q=快速双击测试')
  await expect(page.getByText('符合条件的 1 人')).toBeVisible()
})
