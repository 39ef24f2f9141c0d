import { CssBaseline, ThemeProvider } from '@mui/material'
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider'
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs'
import 'dayjs/locale/zh-cn'
import dayjs from 'dayjs'
import { RouterProvider } from 'react-router'
import { useMemo } from 'react'
import { DatabaseProvider } from '../data/DatabaseContext'
import type { XiezhiDatabase } from '../data/database'
import { SettingsProvider } from '../data/SettingsContext'
import { theme } from '../theme'
import { NotifierProvider } from '../components/Notifier'
import { createAppRouter } from './routes'

dayjs.locale('zh-cn')

export function App({ db }: { db: XiezhiDatabase }) {
  const router = useMemo(() => createAppRouter(), [])
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale="zh-cn">
        <DatabaseProvider db={db}>
          <SettingsProvider>
            <NotifierProvider>
              <RouterProvider router={router} />
            </NotifierProvider>
          </SettingsProvider>
        </DatabaseProvider>
      </LocalizationProvider>
    </ThemeProvider>
  )
}
