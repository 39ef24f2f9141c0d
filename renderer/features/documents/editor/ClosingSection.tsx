import { Checkbox, FormControlLabel, Grid, MenuItem, Stack, Typography } from '@mui/material'
import { DOCUMENT_FONT_MODES } from '../../../../shared/settings/settings'
import { fieldError } from '../draft/problems'
import { DraftText, setField, type SectionProps } from './draftFields'
import { NameListInput } from './NameListInput'

/** 署名、成文日期、印章、附注. */
export function SignatureSection(section: SectionProps) {
  const { draft, setDraft, problems } = section
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 8 }}>
        <NameListInput
          label="署名"
          value={draft.signatures}
          onChange={(signatures) => setField(setDraft, 'signatures', signatures)}
          error={fieldError(problems, 'signatures')}
          placeholder="不填则同发文机关"
        />
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
export function AttendanceSection({ draft, setDraft, problems }: SectionProps) {
  return (
    <Stack spacing={2}>
      <NameListInput
        label="出席"
        value={draft.present}
        onChange={(present) => setField(setDraft, 'present', present)}
        error={fieldError(problems, 'attendance.present')}
      />
      <NameListInput
        label="请假"
        value={draft.absent}
        onChange={(absent) => setField(setDraft, 'absent', absent)}
        error={fieldError(problems, 'attendance.absent')}
      />
      <NameListInput
        label="列席"
        value={draft.observers}
        onChange={(observers) => setField(setDraft, 'observers', observers)}
        error={fieldError(problems, 'attendance.observers')}
      />
    </Stack>
  )
}

/** 版记 (报送、分送 of a 简报, 抄送, 印发) and the print options. */
export function ImprintSection(section: SectionProps) {
  const { draft, setDraft, problems } = section
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 6 }}>
        <NameListInput
          label="报送机关"
          value={draft.reportTo}
          onChange={(reportTo) => setField(setDraft, 'reportTo', reportTo)}
          error={fieldError(problems, 'reportTo')}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <NameListInput
          label="分送机关"
          value={draft.sendTo}
          onChange={(sendTo) => setField(setDraft, 'sendTo', sendTo)}
          error={fieldError(problems, 'sendTo')}
        />
      </Grid>
      <Grid size={12}>
        <NameListInput
          label="抄送机关"
          value={draft.copyTo}
          onChange={(copyTo) => setField(setDraft, 'copyTo', copyTo)}
          error={fieldError(problems, 'copyTo')}
        />
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
