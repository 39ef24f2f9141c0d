import { expect, test } from './fixtures'
import { openApp } from './helpers'

test('the first screen comes without the other screens’ code, which loads when opened', async ({
  page,
}) => {
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
  })
  const errors = await openApp(page)
  await expect(page.getByLabel('企业库数量')).toHaveText('0')
  // Neither the 公文 engine, docx-preview, the data grid nor Excel is fetched for 工作台.
  expect(scripts.some((path) => /render-|docx-preview|KindListPage|universal/.test(path))).toBe(
    false,
  )
  await page.getByRole('navigation', { name: '模块导航' }).getByText('企业库').click()
  await expect(page.getByRole('heading', { name: '企业库' })).toBeVisible()
  expect(scripts.some((path) => path.includes('KindListPage'))).toBe(true)
  expect(errors).toEqual([])
})

test('a screen that cannot be loaded shows a Chinese page with 重新加载, and reloading recovers', async ({
  page,
}) => {
  await openApp(page)
  // As after an update that replaced the files: the settings screen's code is gone.
  await page.route('**/assets/SettingsPage-*.js', (route) => route.abort())
  await page.getByRole('navigation', { name: '模块导航' }).getByText('设置').click()
  const alert = page.getByRole('alert').filter({ hasText: '此页面出错了' })
  await expect(alert).toBeVisible()
  await expect(alert).toContainText('页面文件加载失败（协知可能刚刚更新），请重新加载')
  await expect(alert).toContainText('已保存的记录不受影响')
  // The navigation stays usable around the failed screen.
  await expect(page.getByRole('navigation', { name: '模块导航' })).toBeVisible()
  await page.unroute('**/assets/SettingsPage-*.js')
  await alert.getByRole('button', { name: '重新加载' }).click()
  await expect(page.getByLabel('您的姓名')).toBeVisible()
})
