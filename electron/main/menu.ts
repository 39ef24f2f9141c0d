import type { MenuItemConstructorOptions } from 'electron'

export interface MenuOptions {
  readonly platform: NodeJS.Platform
  /** Developer tools and reload only in development: an accidental Ctrl+R would drop unsaved input. */
  readonly isPackaged: boolean
  readonly appName: string
  readonly onAbout: () => void
}

const separator: MenuItemConstructorOptions = { type: 'separator' }

/**
 * The application menu, in Chinese. Roles give the standard behaviour and shortcuts; labels are
 * set explicitly because on Windows and Linux Electron would show the English role names.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { platform, isPackaged, appName, onAbout } = options
  const isMac = platform === 'darwin'
  const about: MenuItemConstructorOptions = { label: `关于${appName}`, click: onAbout }

  const macAppMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      about,
      separator,
      { role: 'services', label: '服务' },
      separator,
      { role: 'hide', label: `隐藏${appName}` },
      { role: 'hideOthers', label: '隐藏其他' },
      { role: 'unhide', label: '全部显示' },
      separator,
      { role: 'quit', label: `退出${appName}` },
    ],
  }

  const fileMenu: MenuItemConstructorOptions = {
    label: '文件',
    submenu: isMac ? [{ role: 'close', label: '关闭窗口' }] : [{ role: 'quit', label: '退出' }],
  }

  const editMenu: MenuItemConstructorOptions = {
    label: '编辑',
    submenu: [
      { role: 'undo', label: '撤销' },
      { role: 'redo', label: '重做' },
      separator,
      { role: 'cut', label: '剪切' },
      { role: 'copy', label: '复制' },
      { role: 'paste', label: '粘贴' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle', label: '粘贴并匹配样式' } as const] : []),
      { role: 'delete', label: '删除' },
      separator,
      { role: 'selectAll', label: '全选' },
    ],
  }

  const developerItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [
        { role: 'reload', label: '重新加载' },
        { role: 'forceReload', label: '强制重新加载' },
        { role: 'toggleDevTools', label: '开发者工具' },
        separator,
      ]

  const viewMenu: MenuItemConstructorOptions = {
    label: '视图',
    submenu: [
      ...developerItems,
      { role: 'resetZoom', label: '实际大小' },
      { role: 'zoomIn', label: '放大' },
      { role: 'zoomOut', label: '缩小' },
      separator,
      { role: 'togglefullscreen', label: '全屏' },
    ],
  }

  const windowMenu: MenuItemConstructorOptions = {
    label: '窗口',
    role: 'window',
    submenu: [
      { role: 'minimize', label: '最小化' },
      ...(isMac
        ? [
            { role: 'zoom', label: '缩放' } as const,
            separator,
            { role: 'front', label: '前置全部窗口' } as const,
          ]
        : [{ role: 'close', label: '关闭' } as const]),
    ],
  }

  const helpMenu: MenuItemConstructorOptions = {
    label: '帮助',
    role: 'help',
    submenu: [about],
  }

  return [...(isMac ? [macAppMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu]
}

/** Text of the 关于协知 box. */
export function aboutDetail(info: {
  readonly version: string
  readonly electron: string
  readonly chrome: string
  readonly platform: string
  readonly arch: string
}): string {
  return [
    `版本：${info.version}`,
    '知识产权服务民营企业工作台（离线桌面应用）',
    '数据只保存在本机，不联网。',
    '',
    `Electron ${info.electron} · Chromium ${info.chrome} · ${info.platform} ${info.arch}`,
  ].join('\n')
}
