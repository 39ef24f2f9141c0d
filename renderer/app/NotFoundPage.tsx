import { Button, Stack, Typography } from '@mui/material'
import { Link as RouterLink } from 'react-router'

export function NotFoundPage() {
  return (
    <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
      <Typography variant="h5">页面不存在</Typography>
      <Typography color="text.secondary">您访问的页面不存在或已被移除。</Typography>
      <Button component={RouterLink} to="/" variant="contained">
        返回工作台
      </Button>
    </Stack>
  )
}
