import type { Blocker } from 'react-router'
import { ConfirmDialog } from './ConfirmDialog'

/** Asks before leaving a form whose changes are not saved (a navigation held by `useBlocker`). */
export function UnsavedChangesDialog({
  blocker,
  message,
  onDiscard,
}: {
  blocker: Blocker
  message: string
  /** The user gave the changes up: their draft goes too. */
  onDiscard?: () => void
}) {
  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      title="放弃未保存的修改？"
      message={message}
      confirmLabel="放弃修改"
      cancelLabel="继续编辑"
      destructive
      onConfirm={() => {
        onDiscard?.()
        blocker.proceed?.()
      }}
      onCancel={() => blocker.reset?.()}
    />
  )
}
