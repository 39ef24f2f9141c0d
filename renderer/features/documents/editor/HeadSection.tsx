import { Grid, MenuItem } from '@mui/material'
import { FORMATS, FORMAT_LABELS } from '../../../../shared/documents/definition'
import { DocumentNumberField, type Numbering } from './DocumentNumberField'
import { DraftNames, DraftText, type SectionProps } from './draftFields'

interface Props extends SectionProps {
  readonly numbering: Numbering
  /** Names offered for 发文机关 (the directory's organisations). */
  readonly issuerOptions: readonly string[]
}

/** 版头: format, 份号, 密级, 紧急程度, 发文机关 and its mark, 发文字号, 签发人. */
export function HeadSection({ numbering, issuerOptions, ...section }: Props) {
  const { draft } = section
  const minutes = draft.format === 'minutes'
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 4 }}>
        <DraftText {...section} field="format" select label="格式">
          {FORMATS.map((format) => (
            <MenuItem key={format} value={format}>
              {FORMAT_LABELS[format]}
            </MenuItem>
          ))}
        </DraftText>
      </Grid>
      <Grid size={{ xs: 6, md: 4 }}>
        <DraftText {...section} field="urgency" select label="紧急程度">
          <MenuItem value="">无</MenuItem>
          <MenuItem value="特急">特急</MenuItem>
          <MenuItem value="加急">加急</MenuItem>
        </DraftText>
      </Grid>
      <Grid size={{ xs: 6, md: 4 }}>
        <DraftText {...section} field="copyNumber" label="份号" placeholder="6 位数字，如 000012" />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <DraftText {...section} field="classification" label="密级" placeholder="如 秘密★1年" />
      </Grid>
      <Grid size={{ xs: 12, md: 8 }}>
        <DraftText
          {...section}
          field="markText"
          label="发文机关标志"
          placeholder={minutes ? '如 会商会纪要' : '不填则用发文机关名称'}
        />
      </Grid>
      <Grid size={12}>
        <DraftNames
          {...section}
          field="issuers"
          label="发文机关"
          options={issuerOptions}
          helperText="联合行文时主办机关在前"
        />
      </Grid>
      <Grid size={12}>
        <DocumentNumberField {...section} numbering={numbering} />
      </Grid>
      <Grid size={12}>
        <DraftNames
          {...section}
          field="signers"
          label="签发人（上行文）"
          placeholder="上行文填写签发人姓名，如 张某某"
        />
      </Grid>
    </Grid>
  )
}
