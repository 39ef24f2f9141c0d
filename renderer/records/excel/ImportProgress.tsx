import { Box, Button, LinearProgress, Stack, Typography } from '@mui/material'

/**
 * A long step of the import (reading a large file, checking its rows): how far it is, and 取消,
 * which has the focus so that Enter or Space stops it.
 */
export function ImportProgress({
  label,
  detail,
  fraction,
  onCancel,
}: {
  label: string
  detail?: string
  fraction: number
  onCancel: () => void
}) {
  const percent = Math.round(fraction * 100)
  return (
    <Stack spacing={1.5} role="status" aria-live="polite" sx={{ py: 1 }}>
      <Typography>{label}</Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Box sx={{ flex: 1 }}>
          <LinearProgress variant="determinate" value={percent} aria-label={label} />
        </Box>
        <Typography variant="body2" sx={{ minWidth: 40, textAlign: 'right' }}>
          {percent}%
        </Typography>
        <Button variant="outlined" onClick={onCancel} autoFocus>
          取消
        </Button>
      </Stack>
      {detail && (
        <Typography variant="body2" color="text.secondary">
          {detail}
        </Typography>
      )}
    </Stack>
  )
}
