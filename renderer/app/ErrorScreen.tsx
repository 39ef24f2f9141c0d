import RefreshIcon from '@mui/icons-material/Refresh'
import { Alert, AlertTitle, Box, Button, Stack } from '@mui/material'
import { userMessage } from '../data/errors'

/**
 * What the user sees when a screen fails to render or load: what happened in Chinese and 重新加载.
 * Saved records are in the database, so reloading loses nothing that was saved.
 */
export function ErrorScreen({ error }: { error: unknown }) {
  const technical = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return (
    <Box sx={{ p: 4, maxWidth: 720, mx: 'auto' }}>
      <Alert severity="error">
        <AlertTitle>此页面出错了</AlertTitle>
        <Stack spacing={1.5}>
          <span>{userMessage(error)}</span>
          <span>
            已保存的记录不受影响。请点“重新加载”；如果问题反复出现，请把下面的技术信息告诉技术支持。
          </span>
          <Box>
            <Button
              variant="contained"
              color="error"
              startIcon={<RefreshIcon />}
              onClick={() => window.location.reload()}
            >
              重新加载
            </Button>
          </Box>
          <Box component="details" sx={{ fontSize: 12 }}>
            <summary>技术信息</summary>
            <Box component="pre" sx={{ whiteSpace: 'pre-wrap', mt: 1 }}>
              {technical}
            </Box>
          </Box>
        </Stack>
      </Alert>
    </Box>
  )
}
