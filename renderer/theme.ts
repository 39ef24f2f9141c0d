import { createTheme } from '@mui/material/styles'
import { zhCN as materialZhCN } from '@mui/material/locale'
import { zhCN as dataGridZhCN } from '@mui/x-data-grid/locales'
import { zhCN as pickersZhCN } from '@mui/x-date-pickers/locales'

/** A calm, legible look for long days of office work: navy and slate, no decoration. */
export const theme = createTheme(
  {
    palette: {
      mode: 'light',
      primary: { main: '#1f4e8c' },
      secondary: { main: '#4f6b8a' },
      error: { main: '#b3261e' },
      background: { default: '#f4f6f9', paper: '#ffffff' },
      text: { primary: '#1c2430', secondary: '#556170' },
    },
    shape: { borderRadius: 6 },
    typography: {
      fontFamily: [
        '"Microsoft YaHei"',
        '"PingFang SC"',
        '"Noto Sans CJK SC"',
        '"Source Han Sans SC"',
        'system-ui',
        'sans-serif',
      ].join(','),
      fontSize: 14,
      h5: { fontWeight: 600, fontSize: '1.35rem' },
      h6: { fontWeight: 600, fontSize: '1.1rem' },
      subtitle1: { fontWeight: 600 },
    },
    components: {
      MuiButton: { defaultProps: { disableElevation: true } },
      MuiPaper: { defaultProps: { elevation: 0 } },
      MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
      MuiFormControl: { defaultProps: { size: 'small' } },
      MuiAppBar: { defaultProps: { elevation: 0 } },
    },
  },
  materialZhCN,
  dataGridZhCN,
  pickersZhCN,
)
