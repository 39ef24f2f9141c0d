import { Alert, Button } from '@mui/material'
import type { ReactNode } from 'react'
import { Link as RouterLink } from 'react-router'

/** A 工作台 warning whose remedy is in 设置 → 数据安全 (a backup due, the disk nearly full). */
export function BackupAlert({
  severity,
  children,
}: {
  severity: 'warning' | 'error'
  children: ReactNode
}) {
  return (
    <Alert
      severity={severity}
      action={
        <Button component={RouterLink} to="/settings">
          去备份
        </Button>
      }
    >
      {children}
    </Alert>
  )
}
