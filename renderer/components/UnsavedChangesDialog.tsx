import type { Blocker } from 'react-router'
import { ConfirmDialog } from './ConfirmDialog'

/** Asks before leaving a form whose changes are not saved (a navigation held by `useBlocker`). */
export function UnsavedChangesDialog({ blocker, message }: { blocker: Blocker; message: string }) {
  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      title="放弃未保存的修改？"
      message={message}
      confirmLabel="放弃修改"
      cancelLabel="继续编辑"
      destructive
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    />
  )
}
