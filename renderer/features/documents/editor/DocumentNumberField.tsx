import { Button, Stack, TextField, Tooltip } from '@mui/material'
import { fieldError } from '../draft/problems'
import { DraftText, type SectionProps } from './draftFields'

export interface Numbering {
  /** 机关代字 of the series to take a number from. */
  readonly prefix: string
  readonly setPrefix: (prefix: string) => void
  /** The year of the series: the 成文日期's year, else this year. */
  readonly year: number
  /** The number 取号 would give now, if known. */
  readonly nextNumber: string | undefined
  readonly allocate: () => void
  readonly busy: boolean
}

/**
 * 发文字号: typed by hand, or taken from the 发文登记 (取号), which reserves the next number of
 * the 机关代字's series for this document at once, so no one else can take it meanwhile.
 */
export function DocumentNumberField({
  numbering,
  ...section
}: SectionProps & { numbering: Numbering }) {
  const { draft } = section
  const minutes = draft.format === 'minutes'
  const hasNumber = draft.documentNumber.trim() !== ''
  const blocked = minutes
    ? '纪要使用期号，不从发文登记取号'
    : hasNumber
      ? '已有发文字号；如需重新取号，请先清空发文字号'
      : numbering.prefix.trim() === ''
        ? '请先填写机关代字'
        : undefined
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
      <DraftText
        {...section}
        field="documentNumber"
        label={minutes ? '期号' : '发文字号'}
        placeholder={minutes ? '如 第5期' : '如 津知发〔2026〕5号'}
        helperText={
          minutes
            ? '纪要的期号（可选）'
            : !hasNumber && numbering.nextNumber
              ? `点“取号”得到 ${numbering.nextNumber}；也可手工输入`
              : '〔〕可输入 [ ] 或【】，自动转换'
        }
        sx={{ flex: 3 }}
      />
      {!minutes && (
        <>
          <TextField
            label="机关代字"
            value={numbering.prefix}
            onChange={(event) => numbering.setPrefix(event.target.value.trim())}
            helperText=" "
            error={Boolean(fieldError(section.problems, 'prefix'))}
            sx={{ flex: 2 }}
          />
          <Tooltip title={blocked ?? `从发文登记取 ${String(numbering.year)} 年的下一个号并预留`}>
            <span>
              <Button
                variant="outlined"
                sx={{ mt: 0.25, whiteSpace: 'nowrap' }}
                disabled={blocked !== undefined || numbering.busy}
                onClick={numbering.allocate}
              >
                取号
              </Button>
            </span>
          </Tooltip>
        </>
      )}
    </Stack>
  )
}
