import { expect, type Page } from '@playwright/test'

export const VALID_CODE = '914403001922038216'
export const WRONG_CODE = '914403001922038217'

/** Opens the app on a page and waits until the shell is there. */
export async function openApp(page: Page, hash = '/') {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(String(error)))
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('favicon'))
      errors.push(message.text())
  })
  await page.goto(`/#${hash}`)
  await expect(page.getByRole('navigation', { name: '模块导航' })).toBeVisible()
  return errors
}

/**
 * Picks a record in a 出席/主办单位-like field by typing part of its name. Its chip is awaited: a
 * click that lands while the list re-renders under load is otherwise lost without a trace.
 */
export async function pickParty(page: Page, label: string, typed: string, option: RegExp) {
  const box = page.getByRole('combobox', { name: label, exact: true })
  const chips = box.locator('xpath=..').locator('.MuiChip-root')
  const before = await chips.count()
  await box.fill(typed)
  await page.getByRole('option', { name: option }).click()
  await expect(chips).toHaveCount(before + 1)
}

/** Opens the app with the 示例数据 loaded (from 设置); the page errors seen, as openApp gives them. */
export async function openWithSamples(page: Page) {
  const errors = await openApp(page, '/settings')
  await page.getByRole('button', { name: '加载示例数据' }).click()
  await expect(page.getByText(/已加载示例数据/)).toBeVisible()
  return errors
}

export async function chooseOption(page: Page, label: string, option: string) {
  // The combobox itself: a detail page still on screen labels its values the same way.
  await page.getByRole('combobox', { name: label, exact: true }).click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

/** Closes an open option list and waits until it is gone, so the next click is not taken by its backdrop. */
export async function closeOptions(page: Page) {
  await page.keyboard.press('Escape')
  await expect(page.getByRole('listbox')).toBeHidden()
}

export async function fillEnterprise(
  page: Page,
  fields: { name: string; code?: string; district?: string },
) {
  await page.getByLabel('企业名称').fill(fields.name)
  if (fields.code !== undefined) await page.getByLabel('统一社会信用代码').fill(fields.code)
  if (fields.district) await chooseOption(page, '所属区', fields.district)
}

export async function createEnterprise(
  page: Page,
  fields: { name: string; code?: string; district?: string },
) {
  await page.goto('/#/enterprises/new')
  await fillEnterprise(page, fields)
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('heading', { name: fields.name })).toBeVisible()
}

/** Adds a 跟进事项 on the enterprise page shown, through its dialog. */
export async function addFollowUp(page: Page, content: string, dueOn?: string) {
  const panel = page.getByRole('region', { name: '跟进事项' })
  await panel.getByRole('button', { name: '添加跟进事项' }).click()
  const dialog = page.getByRole('dialog', { name: '添加跟进事项' })
  await dialog.getByLabel('事项内容').fill(content)
  if (dueOn) await dialog.getByRole('textbox', { name: '完成期限' }).fill(dueOn)
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(dialog).toBeHidden()
  await expect(panel.getByRole('link', { name: content })).toBeVisible()
}

/** 添加… on a record's panel of children: fills the dialog's text fields and saves. */
export async function addChild(page: Page, panel: string, fields: Record<string, string>) {
  await page
    .getByRole('region', { name: panel })
    .getByRole('button', { name: `添加${panel}` })
    .click()
  const dialog = page.getByRole('dialog', { name: `添加${panel}` })
  for (const [label, value] of Object.entries(fields)) {
    await dialog.getByRole('textbox', { name: label, exact: true }).fill(value)
  }
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(dialog).toBeHidden()
}
