import { Alert, Button, Snackbar } from '@mui/material'
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'

export interface Notice {
  readonly message: string
  readonly severity?: 'success' | 'info' | 'warning' | 'error'
  /** e.g. 撤销 after a delete. */
  readonly action?: { readonly label: string; readonly run: () => void | Promise<void> }
}

type Notify = (notice: Notice) => void

const NotifierContext = createContext<Notify | null>(null)

/** One snackbar for the whole app: confirmations, errors, and undo after a delete. */
export function NotifierProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<(Notice & { key: number }) | null>(null)
  const notify = useCallback<Notify>((next) => setNotice({ ...next, key: Date.now() }), [])
  const close = () => setNotice(null)
  const value = useMemo(() => notify, [notify])
  return (
    <NotifierContext.Provider value={value}>
      {children}
      <Snackbar
        key={notice?.key}
        open={notice !== null}
        autoHideDuration={notice?.action ? 8000 : 4000}
        onClose={(_, reason) => reason !== 'clickaway' && close()}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert
          severity={notice?.severity ?? 'success'}
          variant="filled"
          onClose={close}
          action={
            notice?.action && (
              <Button
                color="inherit"
                size="small"
                onClick={() => {
                  const action = notice.action
                  close()
                  void action?.run()
                }}
              >
                {notice.action.label}
              </Button>
            )
          }
          sx={{ minWidth: 320, alignItems: 'center' }}
        >
          {notice?.message}
        </Alert>
      </Snackbar>
    </NotifierContext.Provider>
  )
}

export function useNotify(): Notify {
  const notify = useContext(NotifierContext)
  if (!notify) throw new Error('useNotify outside NotifierProvider')
  return notify
}
