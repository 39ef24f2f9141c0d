/**
 * The kinds of file 协知 writes, named once. The shell saves and opens only these (an allow-list:
 * a page that could choose any extension could save a program and then have it started), and the
 * save dialog's filters may name only these. Backups and exchange packages use their own
 * extensions so that they are never mistaken for, or opened as, something else.
 */

/** A full backup of this installation's data (restore replaces the data). */
export const BACKUP_EXTENSION = 'xzbak'

/** An exchange package between installations (import merges it into the data). */
export const PACKAGE_EXTENSION = 'xzpkg'

/** Every extension 协知 writes, lower case and without the dot, with its Chinese name. */
export const APP_FILE_TYPES = {
  docx: 'Word 文档',
  xlsx: 'Excel 工作簿',
  pdf: 'PDF 文件',
  json: 'JSON 文件',
  [BACKUP_EXTENSION]: '协知备份',
  [PACKAGE_EXTENSION]: '协知交换包',
} as const satisfies Record<string, string>

export type AppFileExtension = keyof typeof APP_FILE_TYPES

export const APP_FILE_EXTENSIONS = Object.keys(APP_FILE_TYPES) as [
  AppFileExtension,
  ...AppFileExtension[],
]

export function isAppFileExtension(extension: string): extension is AppFileExtension {
  return Object.hasOwn(APP_FILE_TYPES, extension)
}

/** The list for messages: “.docx、.xlsx、.pdf、.json、.xzbak 或 .xzpkg”. */
export function describeAppFileExtensions(): string {
  const dotted = APP_FILE_EXTENSIONS.map((extension) => `.${extension}`)
  return `${dotted.slice(0, -1).join('、')} 或 ${dotted.at(-1) ?? ''}`
}

/**
 * The app file type a file name ends in, or null. The name is taken as Windows reads it: trailing
 * dots and spaces are dropped ("a.docx. " is a.docx), and a name with ':' is refused outright,
 * because on NTFS "x.exe:y.docx" is a hidden stream of x.exe, not a Word document.
 */
export function appFileExtensionOf(fileName: string): AppFileExtension | null {
  const name = fileName.replace(/[. ]+$/, '')
  if (name.includes(':')) return null
  const dot = name.lastIndexOf('.')
  if (dot <= 0) return null
  const extension = name.slice(dot + 1).toLowerCase()
  return isAppFileExtension(extension) ? extension : null
}
