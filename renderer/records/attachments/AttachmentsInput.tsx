import AttachFileIcon from '@mui/icons-material/AttachFile'
import { Alert, Box, Button, FormHelperText, Stack, Typography } from '@mui/material'
import { useRef, useState, type DragEvent, type ReactNode } from 'react'
import {
  attachmentsOf,
  type Attachment,
  type AttachmentRules,
} from '../../../shared/kinds/attachments'
import { useDataApi } from '../../data/api'
import { userMessage } from '../../data/errors'
import { AttachmentList, fileSize } from './AttachmentList'

interface Props {
  readonly name: string
  readonly label: string
  readonly value: unknown
  readonly rules: AttachmentRules
  readonly onChange: (files: Attachment[]) => void
  readonly onBlur: () => void
  readonly error?: boolean
  readonly helperText?: ReactNode
}

/**
 * Files attached to a record: chosen with 添加附件 or dropped on the field, checked against the
 * field's rules (type, size, count) with the reason for each refusal, kept in the database.
 */
export function AttachmentsInput({
  name,
  label,
  value,
  rules,
  onChange,
  onBlur,
  error,
  helperText,
}: Props) {
  const api = useDataApi()
  const picker = useRef<HTMLInputElement>(null)
  const [storing, setStoring] = useState(false)
  const [refusals, setRefusals] = useState<readonly string[]>([])
  const [dragging, setDragging] = useState(false)
  const files = attachmentsOf(value)

  const add = async (chosen: readonly File[]) => {
    if (chosen.length === 0) return
    setStoring(true)
    const refused: string[] = []
    const added: Attachment[] = []
    for (const file of chosen) {
      if (files.length + added.length >= rules.maxFiles) {
        refused.push(`最多只能附加 ${rules.maxFiles} 个文件，“${file.name}”未添加`)
        continue
      }
      try {
        const stored = await api.storeFile(file, rules)
        if (![...files, ...added].some((f) => f.id === stored.id)) added.push(stored)
      } catch (problem) {
        refused.push(userMessage(problem))
      }
    }
    setRefusals(refused)
    setStoring(false)
    if (added.length > 0) onChange([...files, ...added])
    onBlur()
  }

  const drop = (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    void add([...event.dataTransfer.files])
  }

  return (
    <Box
      role="group"
      aria-label={label}
      onDragOver={(event) => {
        event.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
      sx={{
        border: 1,
        borderStyle: 'dashed',
        borderColor: error ? 'error.main' : dragging ? 'primary.main' : 'divider',
        bgcolor: dragging ? 'action.hover' : undefined,
        borderRadius: 1,
        px: 2,
        py: 1.5,
      }}
    >
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
          {label}
          {files.length > 0 ? `（${files.length} 个）` : '：可将文件拖到这里'}
        </Typography>
        <Button
          size="small"
          variant="outlined"
          startIcon={<AttachFileIcon />}
          disabled={storing}
          onClick={() => picker.current?.click()}
        >
          {storing ? '正在添加…' : '添加附件'}
        </Button>
        <input
          ref={picker}
          name={name}
          type="file"
          multiple
          hidden
          aria-label={`选择${label}文件`}
          accept={rules.types.join(',')}
          onChange={(event) => {
            const chosen = [...(event.target.files ?? [])]
            event.target.value = ''
            void add(chosen)
          }}
        />
      </Stack>
      <AttachmentList
        files={files}
        onRemove={(id) => {
          onChange(files.filter((file) => file.id !== id))
          onBlur()
        }}
      />
      {refusals.length > 0 && (
        <Alert severity="error" sx={{ mt: 1 }} onClose={() => setRefusals([])}>
          {refusals.map((refusal) => (
            <div key={refusal}>{refusal}</div>
          ))}
        </Alert>
      )}
      <FormHelperText error={error}>
        {helperText ?? `图片、PDF、Word、Excel 或文本文件，每个不超过 ${fileSize(rules.maxBytes)}`}
      </FormHelperText>
    </Box>
  )
}
