import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material'
import { useState } from 'react'

interface Props {
  readonly fileName: string
  /** The last password typed was wrong. */
  readonly wrong: boolean
  readonly busy: boolean
  readonly onSubmit: (password: string) => void
  readonly onCancel: () => void
}

/** Asks for a package's password; says so when the one typed was wrong. Mounted while open. */
export function PackagePasswordDialog({ fileName, wrong, busy, onSubmit, onCancel }: Props) {
  const [password, setPassword] = useState('')
  return (
    <Dialog
      open
      onClose={onCancel}
      maxWidth="xs"
      fullWidth
      aria-labelledby="package-password-title"
    >
      <DialogTitle id="package-password-title">输入数据包密码</DialogTitle>
      <DialogContent>
        <form
          id="package-password-form"
          onSubmit={(event) => {
            event.preventDefault()
            if (password !== '') onSubmit(password)
          }}
        >
          <TextField
            autoFocus
            fullWidth
            sx={{ mt: 1 }}
            label="数据包密码"
            type="password"
            autoComplete="off"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={wrong}
            helperText={
              wrong ? '密码不正确（或数据包已被修改），请重新输入' : `“${fileName}”设有密码`
            }
          />
        </form>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>取消</Button>
        <Button
          type="submit"
          form="package-password-form"
          variant="contained"
          disabled={busy || password === ''}
        >
          {busy ? '正在解密…' : '确定'}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
