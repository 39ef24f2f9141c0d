import { textOf } from '../kinds/display'
import { defineGenerator, type SourceRow } from './generator'
import { SIGN_IN_COLUMNS, signInSheet, signInTable } from './signInTable'

/** Empty rows after the registrants, for those who come without registering. */
const SPARE_ROWS = 5

/**
 * 签到表 of a training: one row per registrant (单位, 姓名, 职务, 联系电话) in the order they
 * registered, an empty 签名 column with rows tall enough to sign, the header on every page.
 */
export const trainingSignIn = defineGenerator({
  id: 'training-sign-in',
  kind: 'training',
  label: '生成签到表',
  template: 'notice',
  build: ({ record: training, children }, context) => {
    const registrations: readonly SourceRow[] = children.registration ?? []
    const rows = registrations.map((r) => [
      textOf(r.unit),
      textOf(r.name),
      textOf(r.title),
      textOf(r.phone),
    ])
    return signInSheet(
      training,
      signInTable([...SIGN_IN_COLUMNS, { label: '联系电话', wraps: false }], rows, SPARE_ROWS),
      context,
    )
  },
})
