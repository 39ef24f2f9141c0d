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

export class RecordNotFoundError extends Error {
  constructor(readonly id: string) {
    super('记录不存在或已被删除')
    this.name = 'RecordNotFoundError'
  }
}
