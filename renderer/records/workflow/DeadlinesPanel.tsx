import { Link, List, ListItem, ListItemText, Paper, Stack, Typography } from '@mui/material'
import dayjs from 'dayjs'
import { Link as RouterLink } from 'react-router'
import { KINDS, KIND_NAMES, type KindDefinition, type KindName } from '../../../shared/kinds'
import { addCalendarDays, addWorkingDays } from '../../../shared/workdays/deadlines'
import { useLiveData, useReferenceTitles } from '../../data/hooks'
import type { StoredRow } from '../../data/api'
import { recordPath } from '../views'
import { DeadlineChip } from './DeadlineChip'
import { DUE_SOON_WORKING_DAYS, useDeadline, useWorkCalendar } from './useDeadline'
import { recordTitle } from '../../../shared/kinds/display'

/** Rows shown per kind and state; the kind's list shows them all. */
const SHOWN = 8

const DEADLINE_KINDS = KIND_NAMES.filter((kind) => (KINDS[kind] as KindDefinition).deadline)

function DueRows({ kind, rows }: { kind: KindName; rows: readonly StoredRow[] }) {
  const definition = KINDS[kind] as KindDefinition
  const deadline = useDeadline(kind)
  const parentTitle = useReferenceTitles(definition, ['parentId'], rows)
  const dueField = definition.deadline?.field ?? ''
  return rows.slice(0, SHOWN).map((row) => {
    const parent = definition.parent
    const owner =
      parent && typeof row.parentId === 'string'
        ? parentTitle(parent.kind, row.parentId)
        : undefined
    return (
      <ListItem key={row.id} disableGutters>
        <ListItemText
          primary={
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Link component={RouterLink} to={recordPath(kind, row.id)}>
                {recordTitle(definition, row)}
              </Link>
              <DeadlineChip state={deadline?.(row)} />
            </Stack>
          }
          secondary={`${owner ? `${owner} · ` : ''}期限 ${String(row[dueField])}`}
        />
      </ListItem>
    )
  })
}

/**
 * 到期提醒 on the 工作台: open records of every kind with a deadline that are 已逾期 or due within
 * three working days, read through the deadline indexes.
 */
export function DeadlinesPanel() {
  const calendar = useWorkCalendar()
  const today = dayjs().format('YYYY-MM-DD')
  const soonEnd = addWorkingDays(calendar, today, DUE_SOON_WORKING_DAYS)
  const { data } = useLiveData(
    async (api) =>
      Promise.all(
        DEADLINE_KINDS.map(async (kind) => ({
          kind,
          overdue: await api.recordsDueBetween(kind, '', addCalendarDays(today, -1)),
          soon: await api.recordsDueBetween(kind, today, soonEnd),
        })),
      ),
    DEADLINE_KINDS,
    `${today}|${soonEnd}`,
  )
  const groups = data ?? []
  const total = groups.reduce((sum, group) => sum + group.overdue.length + group.soon.length, 0)
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }} component="section" aria-label="到期提醒">
      <Typography variant="subtitle1" sx={{ mb: 1 }}>
        到期提醒
      </Typography>
      {data && total === 0 && (
        <Typography variant="body2" color="text.secondary">
          没有逾期或 {DUE_SOON_WORKING_DAYS} 个工作日内到期的事项。
        </Typography>
      )}
      {groups.map(({ kind, overdue, soon }) =>
        overdue.length + soon.length === 0 ? null : (
          <div key={kind}>
            <Typography variant="body2" color="text.secondary">
              {KINDS[kind].title}：已逾期 {overdue.length} 项，{DUE_SOON_WORKING_DAYS}{' '}
              个工作日内到期 {soon.length} 项
            </Typography>
            <List dense disablePadding aria-label={`${KINDS[kind].title}到期提醒`}>
              <DueRows kind={kind} rows={overdue} />
              <DueRows kind={kind} rows={soon} />
            </List>
          </div>
        ),
      )}
    </Paper>
  )
}
