import { Checkbox, FormControlLabel, Grid, MenuItem, Stack, Typography } from '@mui/material'
import { DOCUMENT_FONT_MODES } from '../../../../shared/settings/settings'
import { DraftNames, DraftText, setField, type SectionProps } from './draftFields'

/** 署名、成文日期、印章、附注. */
export function SignatureSection(section: SectionProps) {
  const { draft, setDraft } = section
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 8 }}>
        <DraftNames {...section} field="signatures" label="署名" placeholder="不填则同发文机关" />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <DraftText
          {...section}
          field="date"
          label="成文日期"
          required
          placeholder="YYYY-MM-DD"
          helperText="如 2026-03-23"
        />
      </Grid>
      <Grid size={{ xs: 12, md: 8 }}>
        <DraftText {...section} field="note" label="附注（可选）" placeholder="如 此件公开发布" />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <FormControlLabel
          control={
            <Checkbox
              checked={draft.sealed}
              onChange={(event) => setField(setDraft, 'sealed', event.target.checked)}
            />
          }
          label="加盖印章"
        />
      </Grid>
    </Grid>
  )
}

/** 纪要: 出席、请假、列席. */
export function AttendanceSection(section: SectionProps) {
  return (
    <Stack spacing={2}>
      <DraftNames {...section} field="present" paths={['attendance.present']} label="出席" />
      <DraftNames {...section} field="absent" paths={['attendance.absent']} label="请假" />
      <DraftNames {...section} field="observers" paths={['attendance.observers']} label="列席" />
    </Stack>
  )
}

/** 版记 (报送、分送 of a 简报, 抄送, 印发) and the print options. */
export function ImprintSection(section: SectionProps) {
  const { draft, setDraft } = section
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 6 }}>
        <DraftNames {...section} field="reportTo" label="报送机关" />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <DraftNames {...section} field="sendTo" label="分送机关" />
      </Grid>
      <Grid size={12}>
        <DraftNames {...section} field="copyTo" label="抄送机关" />
      </Grid>
      <Grid size={{ xs: 12, md: 8 }}>
        <DraftText {...section} field="printer" label="印发机关" />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <DraftText {...section} field="printDate" label="印发日期" placeholder="YYYY-MM-DD" />
      </Grid>
      <Grid size={{ xs: 12, md: 8 }}>
        <DraftText {...section} field="fonts" paths={['options']} select label="字体">
          {DOCUMENT_FONT_MODES.map((mode) => (
            <MenuItem key={mode.value} value={mode.value}>
              {mode.label}
            </MenuItem>
          ))}
        </DraftText>
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <FormControlLabel
          control={
            <Checkbox
              checked={draft.duplex}
              onChange={(event) => setField(setDraft, 'duplex', event.target.checked)}
            />
          }
          label={<Typography variant="body2">双面打印（版记落在偶数页）</Typography>}
        />
      </Grid>
    </Grid>
  )
}
