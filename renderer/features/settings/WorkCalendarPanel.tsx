import DeleteIcon from '@mui/icons-material/DeleteOutlineOutlined'
import {
  Button,
  IconButton,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material'
import { useState } from 'react'
import {
  CALENDAR_OVERRIDE_KINDS,
  calendarOverrideSchema,
  type CalendarOverride,
} from '../../../shared/workdays/calendarOverride'
import { lastBuiltInYear } from '../../../shared/workdays/workCalendar'
import { useNotify } from '../../components/Notifier'
import { userMessage } from '../../data/errors'
import { useSettings } from '../../data/SettingsContext'

const EMPTY = { date: '', kind: 'holiday', name: '' } as const
type Problems = Partial<Record<keyof CalendarOverride, string>>

const kindLabel = (kind: CalendarOverride['kind']) =>
  CALENDAR_OVERRIDE_KINDS.find((k) => k.value === kind)?.label ?? kind

/**
 * 工作日历: the built-in calendar knows the holidays the State Council has announced; for later
 * years an administrator adds them here, and deadlines in working days follow.
 */
export function WorkCalendarPanel() {
  const { settings, save } = useSettings()
  const notify = useNotify()
  const [draft, setDraft] = useState<{ date: string; kind: string; name: string }>(EMPTY)
  const [problems, setProblems] = useState<Problems>({})
  const lastKnown = lastBuiltInYear(new Date().getFullYear())
  const days = [...settings.workCalendar].sort((a, b) => a.date.localeCompare(b.date))

  const store = async (next: readonly CalendarOverride[], message: string) => {
    try {
      await save({ ...settings, workCalendar: [...next] })
      notify({ message })
      return true
    } catch (error) {
      notify({ message: userMessage(error), severity: 'error' })
      return false
    }
  }

  const add = async () => {
    const parsed = calendarOverrideSchema.safeParse(draft)
    if (!parsed.success) {
      const found: Problems = {}
      for (const issue of parsed.error.issues) {
        const field = issue.path[0]
        if (field === 'date' || field === 'name' || field === 'kind') found[field] ??= issue.message
      }
      setProblems(found)
      return
    }
    if (days.some((day) => day.date === parsed.data.date)) {
      setProblems({ date: '该日期已在工作日历中，请先删除原来的设置' })
      return
    }
    setProblems({})
    if (await store([...days, parsed.data], `已添加 ${parsed.data.date}`)) setDraft(EMPTY)
  }

  return (
    <Paper variant="outlined" sx={{ p: 2.5 }}>
      <Typography variant="subtitle1" sx={{ mb: 1 }}>
        工作日历
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        按工作日计算的期限会跳过法定节假日、计入调休上班日。已内置国务院公布的 2004–
        {lastKnown} 年放假安排；之后的年份请在国务院通知公布后在此添加放假日和调休上班日，
        未添加的年份只按周末计算。
      </Typography>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start', mb: 2 }}>
        <TextField
          label="日期"
          type="date"
          size="small"
          value={draft.date}
          onChange={(event) => setDraft({ ...draft, date: event.target.value })}
          error={problems.date !== undefined}
          helperText={problems.date}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          select
          label="类型"
          size="small"
          value={draft.kind}
          onChange={(event) => setDraft({ ...draft, kind: event.target.value })}
          sx={{ minWidth: 140 }}
        >
          {CALENDAR_OVERRIDE_KINDS.map((kind) => (
            <MenuItem key={kind.value} value={kind.value}>
              {kind.label}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label="名称"
          size="small"
          placeholder="如：国庆节"
          value={draft.name}
          onChange={(event) => setDraft({ ...draft, name: event.target.value })}
          error={problems.name !== undefined}
          helperText={problems.name}
        />
        <Button variant="outlined" onClick={() => void add()} sx={{ mt: 0.25 }}>
          添加
        </Button>
      </Stack>
      {days.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          尚未添加任何日期。
        </Typography>
      ) : (
        <Table size="small" aria-label="工作日历">
          <TableHead>
            <TableRow>
              <TableCell>日期</TableCell>
              <TableCell>类型</TableCell>
              <TableCell>名称</TableCell>
              <TableCell align="right" />
            </TableRow>
          </TableHead>
          <TableBody>
            {days.map((day) => (
              <TableRow key={day.date}>
                <TableCell>{day.date}</TableCell>
                <TableCell>{kindLabel(day.kind)}</TableCell>
                <TableCell>{day.name}</TableCell>
                <TableCell align="right">
                  <IconButton
                    size="small"
                    aria-label={`删除 ${day.date}`}
                    onClick={() =>
                      void store(
                        days.filter((d) => d.date !== day.date),
                        `已删除 ${day.date}`,
                      )
                    }
                  >
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  )
}
