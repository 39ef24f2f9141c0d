import { zodResolver } from '@hookform/resolvers/zod'
import {
  Autocomplete,
  Button,
  FormControl,
  FormControlLabel,
  FormLabel,
  Grid,
  Paper,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material'
import { Controller, useForm, useWatch, type Resolver } from 'react-hook-form'
import {
  DOCUMENT_FONT_MODES,
  settingsSchema,
  type Settings,
} from '../../../shared/settings/settings'
import { useNotify } from '../../components/Notifier'
import { userMessage } from '../../data/errors'
import { RecordValidationError } from '../../data/errors'
import { useRecordsById } from '../../data/hooks'
import { useSettings } from '../../data/SettingsContext'
import { ReferenceInput } from '../../records/form/ReferenceInput'

/** 本单位, the user's name, the default issuer and the document fonts. */
export function PreferencesForm() {
  const { settings, save } = useSettings()
  const notify = useNotify()
  const { control, handleSubmit, setError, formState } = useForm<Settings>({
    values: settings,
    resolver: zodResolver(settingsSchema) as unknown as Resolver<Settings>,
    mode: 'onTouched',
  })
  const homeOrgId = useWatch({ control, name: 'homeOrgId' })
  const homeOrg = useRecordsById('org', [homeOrgId]).get(homeOrgId)

  const submit = handleSubmit(async (values) => {
    try {
      await save(values)
      notify({ message: '设置已保存' })
    } catch (error) {
      if (error instanceof RecordValidationError) {
        for (const issue of error.issues)
          setError(issue.path as keyof Settings, { message: issue.message })
      } else notify({ message: userMessage(error), severity: 'error' })
    }
  })

  return (
    <Paper
      variant="outlined"
      sx={{ p: 2.5 }}
      component="form"
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <Typography variant="subtitle1" sx={{ mb: 2 }}>
        个人与单位
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Controller
            name="userName"
            control={control}
            render={({ field, fieldState }) => (
              <TextField
                {...field}
                label="您的姓名"
                error={Boolean(fieldState.error)}
                helperText={fieldState.error?.message ?? '记录在每一次修改中'}
              />
            )}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Controller
            name="deviceName"
            control={control}
            render={({ field, fieldState }) => (
              <TextField
                {...field}
                label="本机名称"
                error={Boolean(fieldState.error)}
                helperText={
                  fieldState.error?.message ??
                  '如“区局办公室电脑”“张三的笔记本”，数据包中用它说明来源'
                }
              />
            )}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Controller
            name="homeOrgId"
            control={control}
            render={({ field, fieldState }) => (
              <ReferenceInput
                kind="org"
                label="本单位"
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={fieldState.error?.message}
                helperText="从机构通讯录中选择"
              />
            )}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Controller
            name="defaultIssuer"
            control={control}
            render={({ field, fieldState }) => (
              <Autocomplete<string, false, false, true>
                freeSolo
                options={homeOrg ? [homeOrg.name] : []}
                inputValue={field.value}
                onInputChange={(_, value) => field.onChange(value)}
                renderInput={(params) => (
                  <TextField
                    {...params}
                    label="默认发文机关"
                    onBlur={field.onBlur}
                    error={Boolean(fieldState.error)}
                    helperText={fieldState.error?.message ?? '生成公文时默认的发文机关名称'}
                  />
                )}
              />
            )}
          />
        </Grid>
        <Grid size={{ xs: 12 }}>
          <Controller
            name="documentFonts"
            control={control}
            render={({ field }) => (
              <FormControl>
                <FormLabel id="fonts-label">公文字体</FormLabel>
                <RadioGroup
                  aria-labelledby="fonts-label"
                  value={field.value}
                  onChange={(e) => field.onChange(e.target.value)}
                >
                  {DOCUMENT_FONT_MODES.map((mode) => (
                    <FormControlLabel
                      key={mode.value}
                      value={mode.value}
                      control={<Radio size="small" />}
                      label={mode.label}
                    />
                  ))}
                </RadioGroup>
              </FormControl>
            )}
          />
        </Grid>
      </Grid>
      <Stack direction="row" sx={{ justifyContent: 'flex-end', mt: 1 }}>
        <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
          保存设置
        </Button>
      </Stack>
    </Paper>
  )
}
