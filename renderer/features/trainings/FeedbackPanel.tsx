import {
  Alert,
  Button,
  Chip,
  MenuItem,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
} from '@mui/material'
import { useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react'
import { textOf } from '../../../shared/kinds/display'
import { SATISFACTION, SIGNED_IN } from '../../../shared/kinds/training'
import { trainingStats } from '../../../shared/trainings/trainingStats'
import { PanelSection } from '../../components/PanelSection'
import { useNotify } from '../../components/Notifier'
import { useDataApi, type StoredRow } from '../../data/api'
import { userMessage } from '../../data/errors'
import { useChildren } from '../../data/hooks'

/** The 学员 choice of a 反馈表 handed in without a name. */
const ANONYMOUS = 'anonymous'

/**
 * 反馈: the 反馈表 collected after a training typed in one after another — a 满意度 (1–5, also by
 * its digit key) and the 意见, for an attendee (kept on their 报名) or anonymous (a 匿名反馈);
 * Enter records it and the form is ready for the next.
 */
export function FeedbackPanel({
  trainingId,
  registrations,
}: {
  trainingId: string
  /** The training's 报名, in order, live. */
  registrations: readonly StoredRow[]
}) {
  const api = useDataApi()
  const notify = useNotify()
  const { data: anonymous = [] } = useChildren('trainingFeedback', trainingId)
  const [person, setPerson] = useState(ANONYMOUS)
  const [satisfaction, setSatisfaction] = useState('')
  const [comment, setComment] = useState('')
  const [failure, setFailure] = useState<string | null>(null)
  const ratingRef = useRef<HTMLDivElement>(null)
  const stats = trainingStats(registrations, anonymous)
  const attendees = registrations.filter((r) => r.attended === SIGNED_IN)

  const record = async (event: SyntheticEvent) => {
    event.preventDefault()
    if (satisfaction === '') {
      setFailure('请选择满意度（可按数字键 1–5）')
      return
    }
    const attendee = attendees.find((r) => r.id === person)
    try {
      if (attendee) {
        await api.updateFields('registration', attendee.id, { satisfaction, feedback: comment })
      } else {
        await api.addChild('trainingFeedback', trainingId, { satisfaction, comment })
      }
      setFailure(null)
      notify({
        message: attendee ? `已录入 ${textOf(attendee.name)} 的反馈` : '已录入匿名反馈',
      })
      setPerson(ANONYMOUS)
      setSatisfaction('')
      setComment('')
      ratingRef.current?.querySelector('button')?.focus()
    } catch (error) {
      setFailure(userMessage(error))
    }
  }

  // The digit of a score picks it, wherever the focus is in the form but the 意见.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement)
      return
    const option = SATISFACTION.find((o) => o.value === event.key)
    if (option) setSatisfaction(option.value)
  }

  return (
    <PanelSection title="反馈">
      <Stack spacing={2}>
        <Stack direction="row" spacing={1} aria-label="反馈情况">
          <Chip label={`收回 ${String(stats.rated)} 份`} />
          {stats.rated > 0 && <Chip label={`平均 ${String(stats.average)} 分`} />}
          {stats.rated > 0 && (
            <Chip color="success" label={`满意率 ${String(stats.satisfiedShare)}%`} />
          )}
          {anonymous.length > 0 && (
            <Chip variant="outlined" label={`其中匿名 ${String(anonymous.length)} 份`} />
          )}
        </Stack>
        <Stack
          component="form"
          spacing={2}
          aria-label="录入反馈"
          onSubmit={(event) => void record(event)}
          onKeyDown={onKeyDown}
        >
          <TextField
            select
            size="small"
            label="学员"
            value={person}
            onChange={(event) => setPerson(event.target.value)}
            helperText="匿名的反馈表选“匿名”；已签到的学员可选其姓名"
            sx={{ maxWidth: 420 }}
          >
            <MenuItem value={ANONYMOUS}>匿名</MenuItem>
            {attendees.map((r) => (
              <MenuItem key={r.id} value={r.id}>
                {[textOf(r.name), textOf(r.unit)].filter(Boolean).join(' · ')}
              </MenuItem>
            ))}
          </TextField>
          <ToggleButtonGroup
            ref={ratingRef}
            exclusive
            size="small"
            color="primary"
            aria-label="满意度"
            value={satisfaction}
            onChange={(_, value: string | null) => setSatisfaction(value ?? '')}
            sx={{ flexWrap: 'wrap' }}
          >
            {SATISFACTION.map((option) => (
              <ToggleButton key={option.value} value={option.value}>
                {option.label}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <TextField
              size="small"
              label="意见"
              value={comment}
              onChange={(event) => setComment(event.target.value)}
              helperText="按 Enter 录入，接着录入下一份"
              sx={{ flex: 1 }}
              autoComplete="off"
            />
            <Button type="submit" variant="contained" sx={{ flexShrink: 0 }}>
              录入反馈
            </Button>
          </Stack>
        </Stack>
        {failure && <Alert severity="error">{failure}</Alert>}
      </Stack>
    </PanelSection>
  )
}
