import { Stack } from '@mui/material'
import { PageHeader } from '../../components/PageHeader'
import { ExchangePanel } from './exchange/ExchangePanel'
import { AboutPanel } from './AboutPanel'
import { DataSafetyPanel } from './DataSafetyPanel'
import { PreferencesForm } from './PreferencesForm'
import { SampleDataPanel } from './SampleDataPanel'
import { WorkCalendarPanel } from './WorkCalendarPanel'

export function SettingsPage() {
  return (
    <>
      <PageHeader title="设置" />
      <Stack spacing={2} sx={{ maxWidth: 960 }}>
        <PreferencesForm />
        <DataSafetyPanel />
        <ExchangePanel />
        <WorkCalendarPanel />
        <SampleDataPanel />
        <AboutPanel />
      </Stack>
    </>
  )
}
