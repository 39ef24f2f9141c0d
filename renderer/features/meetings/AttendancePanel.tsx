import { Stack, Typography } from '@mui/material'
import { PanelSection } from '../../components/PanelSection'
import { KINDS } from '../../../shared/kinds'
import { referenceKey, textOf } from '../../../shared/kinds/display'
import { decodeParty } from '../../../shared/kinds/parties'
import { useLiveData } from '../../data/hooks'

const ROLES = ['chair', 'present', 'observers', 'absent', 'enterprises'] as const

type Lookup = (kind: 'contact' | 'org' | 'enterprise', id: string) => string | undefined

/** 单位：姓名（职务）、… per unit, in the order the units first appear; typed names under 其他. */
function groupedByUnit(
  values: readonly string[],
  title: Lookup,
  contactOf: (id: string) => Readonly<Record<string, unknown>> | undefined,
  /** People to add under their unit (a 参会企业's 企业代表). */
  more: readonly { readonly unit: string; readonly person: string }[] = [],
): string {
  const groups = new Map<string, string[]>()
  const add = (unit: string, person: string) =>
    groups.set(unit, [...(groups.get(unit) ?? []), person])
  for (const value of values) {
    const party = decodeParty(value)
    if (!party) continue
    if (party.kind === 'name') add('其他', party.name)
    else if (party.kind === 'contact') {
      const contact = contactOf(party.id)
      const role = textOf(contact?.title)
      const unit = contact ? (title('org', textOf(contact.orgId)) ?? '未填写单位') : '未填写单位'
      add(unit, `${title('contact', party.id) ?? '（已删除）'}${role ? `（${role}）` : ''}`)
    } else add(title(party.kind === 'org' ? 'org' : 'enterprise', party.id) ?? '（已删除）', '')
  }
  for (const { unit, person } of more) add(unit, person)
  return [...groups.entries()]
    .map(([unit, people]) => {
      const named = people.filter(Boolean)
      return named.length > 0 ? `${unit}：${named.join('、')}` : unit
    })
    .join('；')
}

/** Who attends a meeting, grouped by unit: how minutes and sign-in sheets list them. */
export function AttendancePanel({ meetingId }: { meetingId: string }) {
  const { data } = useLiveData(
    (api) => api.recordWithChildren('meeting', meetingId),
    ['meeting', 'enterpriseDelegate', 'contact', 'org', 'enterprise'],
    meetingId,
  )
  if (!data) return null
  const title: Lookup = (kind, id) => data.titles.get(referenceKey(kind, id))
  const contactOf = (id: string) => data.referenced.get(referenceKey('contact', id))
  const fields = KINDS.meeting.fields
  const delegates = (data.children.enterpriseDelegate ?? []).map((delegate) => {
    const role = textOf(delegate.title)
    return {
      unit: title('enterprise', textOf(delegate.enterprise)) ?? '（已删除）',
      person: `${textOf(delegate.name)}${role ? `（${role}）` : ''}`,
    }
  })
  return (
    <PanelSection title="参会人员（按单位）">
      <Stack spacing={0.75}>
        {ROLES.map((role) => {
          const value = data.record[role]
          const text = groupedByUnit(
            Array.isArray(value) ? value.map(String) : [],
            title,
            contactOf,
            role === 'enterprises' ? delegates : [],
          )
          return (
            <Typography key={role} variant="body2" aria-label={`${fields[role].label}（按单位）`}>
              <Typography component="span" variant="body2" color="text.secondary">
                {fields[role].label}：
              </Typography>
              {text || '—'}
            </Typography>
          )
        })}
      </Stack>
    </PanelSection>
  )
}
