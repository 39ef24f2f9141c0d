/** Errors the data layer raises for the screens to show; messages are for users (Chinese). */

export interface FieldIssue {
  /** Dotted path of the field, '' for the whole record. */
  readonly path: string
  readonly message: string
}

export class RecordValidationError extends Error {
  constructor(readonly issues: readonly FieldIssue[]) {
    super(issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('；'))
    this.name = 'RecordValidationError'
  }
}

export class DuplicateRecordError extends Error {
  constructor(
    readonly field: string,
    readonly existingId: string,
    readonly existingTitle: string,
    message: string,
  ) {
    super(message)
    this.name = 'DuplicateRecordError'
  }
}

/** A form's fields that were changed elsewhere (another window, an import) since it loaded them. */
export interface StaleFieldValue {
  readonly field: string
  /** What the form loaded. */
  readonly expected: unknown
  /** What the record holds now. */
  readonly current: unknown
  /** What the user typed. */
  readonly mine: unknown
}

export class StaleEditError extends Error {
  constructor(
    readonly kind: string,
    readonly recordId: string,
    readonly fields: readonly StaleFieldValue[],
  ) {
    super('这条记录已在其他窗口或导入中被修改：请对照两边的内容，选择保留哪一个')
    this.name = 'StaleEditError'
  }
}

/** A file the field does not take (its type or size), with the reason in Chinese. */
export class AttachmentRefusedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AttachmentRefusedError'
  }
}

/** A backup file that cannot be restored, with why in Chinese; nothing was changed. */
export class BackupRefusedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BackupRefusedError'
  }
}

export class RecordNotFoundError extends Error {
  constructor(readonly id: string) {
    super('记录不存在或已被删除')
    this.name = 'RecordNotFoundError'
  }
}

/** An error and the errors it wraps (Dexie keeps the IndexedDB error as `inner`). */
function errorChain(error: unknown): Error[] {
  const chain: Error[] = []
  let current: unknown = error
  while (current instanceof Error && chain.length < 5) {
    chain.push(current)
    const next: unknown =
      (current as Error & { inner?: unknown }).inner ??
      (current as Error & { cause?: unknown }).cause
    current = next
  }
  return chain
}

const MESSAGES_BY_NAME: Readonly<Record<string, string>> = {
  QuotaExceededError:
    '本机存储空间已满，修改没有保存。请清理磁盘空间（或删除不用的示例数据、旧备份）后重试',
  DatabaseClosedError: '数据库连接已关闭（可能另一个窗口更新了协知），请重新加载后再操作',
  InvalidStateError: '数据库连接已关闭（可能另一个窗口更新了协知），请重新加载后再操作',
  VersionError: '本机数据由更新版本的协知创建，请安装最新版本的协知后再打开',
  AbortError: '保存被中断，修改没有保存，请重试',
  TransactionInactiveError: '保存被中断，修改没有保存，请重试',
  TimeoutError: '数据库响应超时，修改没有保存，请重试',
  UnknownError: '数据库读写出错，修改没有保存。请重新加载；如反复出现，请检查磁盘',
  OpenFailedError: '无法打开本机数据库，请关闭其他协知窗口后重新启动',
  ChunkLoadError: '页面文件加载失败（协知可能刚刚更新），请重新加载',
}

const CHINESE = /[\u4e00-\u9fff]/

/**
 * What any error means for the user, in Chinese. The data layer's own errors already speak
 * Chinese; IndexedDB, Dexie and browser errors are named by their type, never shown in English.
 */
export function userMessage(error: unknown): string {
  const chain = errorChain(error)
  for (const link of chain) if (CHINESE.test(link.message)) return link.message
  for (const link of [...chain].reverse()) {
    const message = MESSAGES_BY_NAME[link.name]
    if (message) return message
  }
  // A screen's code that failed to load (a stale file after an update).
  if (
    chain.some((link) =>
      /dynamically imported module|Importing a module script failed/i.test(link.message),
    )
  )
    return MESSAGES_BY_NAME.ChunkLoadError ?? ''
  const name = chain[0]?.name
  return `操作失败，发生了意外错误${name && name !== 'Error' ? `（${name}）` : ''}`
}

/** A package that cannot be imported, with why in Chinese; nothing was changed. */
export class PackageRefusedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PackageRefusedError'
  }
}

/** A password-protected package opened without its password (or with a wrong one). */
export class PackagePasswordError extends Error {
  constructor(readonly wrong: boolean) {
    super(wrong ? '密码不正确（或数据包已被修改），请重新输入' : '该数据包设有密码，请输入密码')
    this.name = 'PackagePasswordError'
  }
}
