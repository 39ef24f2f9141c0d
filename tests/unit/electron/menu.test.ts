import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { aboutDetail, buildMenuTemplate, type MenuOptions } from '../../../electron/main/menu'

function template(overrides: Partial<MenuOptions> = {}): MenuItemConstructorOptions[] {
  return buildMenuTemplate({
    platform: 'win32',
    isPackaged: true,
    appName: '协知',
    onAbout: () => undefined,
    ...overrides,
  })
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  if (item === undefined || !Array.isArray(item.submenu)) throw new Error('no submenu')
  return item.submenu
}

function byLabel(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((item) => item.label === label)
  if (found === undefined) throw new Error(`no menu ${label}`)
  return found
}

function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? allItems(item.submenu) : []),
  ])
}

const roles = (items: MenuItemConstructorOptions[]) =>
  items.map((item) => item.role).filter(Boolean)

describe('buildMenuTemplate', () => {
  it('has the Chinese top-level menus in order on Windows and Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      expect(template({ platform }).map((item) => item.label)).toEqual([
        '文件',
        '编辑',
        '视图',
        '窗口',
        '帮助',
      ])
    }
  })

  it('puts the app menu first on macOS', () => {
    const menu = template({ platform: 'darwin' })
    expect(menu.map((item) => item.label)).toEqual(['协知', '文件', '编辑', '视图', '窗口', '帮助'])
    expect(roles(submenu(menu[0]))).toEqual(['services', 'hide', 'hideOthers', 'unhide', 'quit'])
    expect(submenu(menu[0])[0]?.label).toBe('关于协知')
  })

  it('has the standard edit roles with Chinese labels', () => {
    const edit = submenu(byLabel(template(), '编辑'))
    const labelOf = (role: string) => edit.find((item) => item.role === role)?.label
    expect(labelOf('undo')).toBe('撤销')
    expect(labelOf('redo')).toBe('重做')
    expect(labelOf('cut')).toBe('剪切')
    expect(labelOf('copy')).toBe('复制')
    expect(labelOf('paste')).toBe('粘贴')
    expect(labelOf('selectAll')).toBe('全选')
  })

  it('has zoom and full screen in the view menu', () => {
    const view = submenu(byLabel(template(), '视图'))
    expect(view.filter((item) => item.role).map((item) => [item.role, item.label])).toEqual([
      ['resetZoom', '实际大小'],
      ['zoomIn', '放大'],
      ['zoomOut', '缩小'],
      ['togglefullscreen', '全屏'],
    ])
  })

  it('has minimise and close in the window menu', () => {
    const windowMenu = submenu(byLabel(template(), '窗口'))
    expect(windowMenu.map((item) => [item.role, item.label])).toEqual([
      ['minimize', '最小化'],
      ['close', '关闭'],
    ])
  })

  it('offers developer tools and reload only when not packaged', () => {
    const packagedRoles = roles(allItems(template({ isPackaged: true })))
    expect(packagedRoles).not.toContain('toggleDevTools')
    expect(packagedRoles).not.toContain('reload')
    expect(packagedRoles).not.toContain('forceReload')
    const devRoles = roles(allItems(template({ isPackaged: false })))
    expect(devRoles).toContain('toggleDevTools')
    expect(devRoles).toContain('reload')
  })

  it('labels every item that is not a separator in Chinese', () => {
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      for (const item of allItems(template({ platform, isPackaged: false }))) {
        if (item.type === 'separator') continue
        expect(item.label, JSON.stringify(item.role)).toMatch(/[\u4e00-\u9fff]/)
      }
    }
  })

  it('opens the about box from 帮助 → 关于协知', () => {
    const onAbout = vi.fn()
    const about = byLabel(submenu(byLabel(template({ onAbout }), '帮助')), '关于协知')
    expect(about.role).toBeUndefined()
    const click = about.click as (() => void) | undefined
    click?.()
    expect(onAbout).toHaveBeenCalledOnce()
  })

  it('quits from 文件 on Windows and closes the window there on macOS', () => {
    expect(roles(submenu(byLabel(template(), '文件')))).toEqual(['quit'])
    expect(roles(submenu(byLabel(template({ platform: 'darwin' }), '文件')))).toEqual(['close'])
  })
})

describe('aboutDetail', () => {
  it('shows the version', () => {
    const text = aboutDetail({
      version: '0.1.0',
      electron: '41.7.1',
      chrome: '146',
      platform: 'win32',
      arch: 'x64',
    })
    expect(text).toContain('版本：0.1.0')
    expect(text).toContain('Electron 41.7.1')
  })
})
