import { Paper, Stack, Typography } from '@mui/material'
import type { ReactNode } from 'react'

interface Props {
  /** The section's heading and accessible name, e.g. 反馈意见. */
  readonly title: string
  /** How many it lists, shown after the title: 反馈意见（2）. */
  readonly count?: number
  /** A button at the heading's right (添加意见). */
  readonly action?: ReactNode
  /** Said instead of the content when there is nothing to list. */
  readonly empty?: string
  readonly children?: ReactNode
}

/** A panel of a record's page: an outlined section with its heading, count and action. */
export function PanelSection({ title, count, action, empty, children }: Props) {
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }} component="section" aria-label={title}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
        <Typography variant="subtitle1">
          {title}
          {count === undefined ? '' : `（${String(count)}）`}
        </Typography>
        {action}
      </Stack>
      {empty !== undefined && count === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {empty}
        </Typography>
      ) : (
        children
      )}
    </Paper>
  )
}
