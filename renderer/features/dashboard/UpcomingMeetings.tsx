import { Link, List, ListItem, ListItemText, Paper, Typography } from '@mui/material'
import dayjs from 'dayjs'
import { Link as RouterLink } from 'react-router'
import { showDateTime, textOf } from '../../../shared/kinds/display'
import { useLiveData } from '../../data/hooks'
import { recordPath } from '../../records/views'

/** 近期会议: the next meetings from today on, soonest first. */
export function UpcomingMeetings() {
  const today = dayjs().format('YYYY-MM-DD')
  const { data: meetings } = useLiveData(
    (api) => api.recordsFrom('meeting', 'startAt', today, 5),
    ['meeting'],
    today,
  )
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }} component="section" aria-label="近期会议">
      <Typography variant="subtitle1" sx={{ mb: 1 }}>
        近期会议
      </Typography>
      {meetings && meetings.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          今天及以后没有安排会议。
        </Typography>
      )}
      <List dense disablePadding>
        {(meetings ?? []).map((meeting) => (
          <ListItem key={meeting.id} disableGutters>
            <ListItemText
              primary={
                <Link component={RouterLink} to={recordPath('meeting', meeting.id)}>
                  {textOf(meeting.name)}
                </Link>
              }
              secondary={[meeting.type, meeting.startAt, meeting.location]
                .map((value) => showDateTime(textOf(value)))
                .filter(Boolean)
                .join(' · ')}
            />
          </ListItem>
        ))}
      </List>
    </Paper>
  )
}
