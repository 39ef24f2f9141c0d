import { Alert, AlertTitle, Box } from '@mui/material'
import { userMessage } from '../data/errors'

/** Shown when the database cannot be opened (e.g. another version holds it, or disk is full). */
export function StartupError({ error }: { error: unknown }) {
  const detail = error instanceof Error ? error.message : String(error)
  return (
    <Box sx={{ p: 4, maxWidth: 720, mx: 'auto' }}>
      <Alert severity="error">
        <AlertTitle>协知无法打开本地数据库</AlertTitle>
        {userMessage(error)}
        。请关闭其他已打开的协知窗口后重新启动；如仍无法打开，请联系技术支持并提供以下技术信息：
        <Box component="pre" sx={{ whiteSpace: 'pre-wrap', mt: 1, fontSize: 12 }}>
          {detail}
        </Box>
      </Alert>
    </Box>
  )
}
