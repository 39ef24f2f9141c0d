import { decodeParty } from '../kinds/parties'
import { textOf } from '../kinds/display'
import { defineGenerator, type GeneratorSource } from './generator'
import { SIGN_IN_COLUMNS, signInSheet, signInTable } from './signInTable'

/** Empty rows after the listed attendees, for those who come unannounced. */
const SPARE_ROWS = 3

/** One attendee: 单位, 姓名, 职务 (a typed name has only its name). */
function attendeeRow(
  value: string,
  { titleOf, recordOf }: Pick<GeneratorSource, 'titleOf' | 'recordOf'>,
): [string, string, string] | undefined {
  const party = decodeParty(value)
  if (!party) return undefined
  if (party.kind === 'name') return ['', party.name, '']
  if (party.kind !== 'contact') return [titleOf(party.kind, party.id) ?? '', '', '']
  const contact = recordOf?.('contact', party.id)
  const unit = contact ? (titleOf('org', textOf(contact.orgId)) ?? '') : ''
  return [unit, titleOf('contact', party.id) ?? '', textOf(contact?.title)]
}

/**
 * 签到表: one row per attendee (主持人, 出席, 列席, then each 参会企业's 企业代表, or a row with a
 * blank name for an enterprise whose representatives are not known), an
 * empty 签名 column, rows tall enough to sign, the header repeated on every page.
 */
export const meetingSignIn = defineGenerator({
  id: 'meeting-sign-in',
  kind: 'meeting',
  label: '生成签到表',
  template: 'notice',
  build: ({ record: meeting, children, titleOf, recordOf }, context) => {
    const values = [...new Set([...meeting.chair, ...meeting.present, ...meeting.observers])]
    const rowsOf = (list: readonly string[]) =>
      list.flatMap((value) => {
        const row = attendeeRow(value, { titleOf, recordOf })
        return row ? [row] : []
      })
    const people = rowsOf(values)
    // Each 参会企业 with its 企业代表, or a row to fill in when none is known yet.
    const delegates = (children.enterpriseDelegate ?? []).map((delegate) => ({
      enterprise: textOf(delegate.enterprise),
      row: [
        titleOf('enterprise', textOf(delegate.enterprise)) ?? '',
        textOf(delegate.name),
        textOf(delegate.title),
      ],
    }))
    const invited = meeting.enterprises.flatMap((value) => {
      const party = decodeParty(value)
      return party && party.kind === 'enterprise' ? [party.id] : []
    })
    const enterprises = [...new Set([...invited, ...delegates.map((d) => d.enterprise)])].flatMap(
      (id) => {
        const theirs = delegates.filter((delegate) => delegate.enterprise === id)
        return theirs.length > 0
          ? theirs.map((delegate) => delegate.row)
          : [[titleOf('enterprise', id) ?? '', '', '']]
      },
    )
    const rows = [...people, ...enterprises]
    return signInSheet(meeting, signInTable(SIGN_IN_COLUMNS, rows, SPARE_ROWS), context)
  },
})
