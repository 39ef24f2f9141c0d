import { Alert, AlertTitle, Box, Button, Stack, Typography } from '@mui/material'
import { displayValue } from '../../../shared/kinds/display'
import type { KindDefinition } from '../../../shared/kinds/types'
import { fieldLabel } from '../../../shared/kinds'
import type { StaleFieldValue } from '../../data/errors'

interface Props {
  readonly kind: KindDefinition
  readonly fields: readonly StaleFieldValue[]
  /** Keep what the user typed for `field`, over the value saved elsewhere. */
  readonly onKeepMine: (field: string) => void
  /** Take the value saved elsewhere into the form. */
  readonly onTakeTheirs: (field: string) => void
}

const shown = (kind: KindDefinition, field: string, value: unknown) =>
  displayValue(kind, field, value) || '（空）'

/**
 * Fields changed in another window (or by an import) since the form was opened: both values, and
 * the user chooses. Nothing is overwritten until every such field has been decided.
 */
export function StaleFieldsPanel({ kind, fields, onKeepMine, onTakeTheirs }: Props) {
  return (
    <Alert severity="warning" role="alert" aria-label="其他窗口的修改">
      <AlertTitle>这条记录已在其他窗口或导入中被修改</AlertTitle>
      <Typography variant="body2" sx={{ mb: 1.5 }}>
        以下字段在您打开表单之后被改过。请逐项选择保留哪一个，然后再保存；其他字段不受影响。
      </Typography>
      <Stack spacing={1.5}>
        {fields.map(({ field, current, mine }) => (
          <Box key={field} aria-label={`冲突：${fieldLabel(kind, field)}`}>
            <Typography variant="subtitle2">{fieldLabel(kind, field)}</Typography>
            <Typography variant="body2">其他窗口保存的：{shown(kind, field, current)}</Typography>
            <Typography variant="body2">您填写的：{shown(kind, field, mine)}</Typography>
            <Stack direction="row" spacing={1} sx={{ mt: 0.5 }}>
              <Button size="small" variant="outlined" onClick={() => onKeepMine(field)}>
                保留我的
              </Button>
              <Button size="small" variant="outlined" onClick={() => onTakeTheirs(field)}>
                用其他窗口的
              </Button>
            </Stack>
          </Box>
        ))}
      </Stack>
    </Alert>
  )
}
