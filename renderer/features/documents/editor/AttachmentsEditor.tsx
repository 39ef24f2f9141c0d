import AddIcon from '@mui/icons-material/Add'
import { Box, Button, Collapse, Stack, TextField } from '@mui/material'
import { memo, useCallback, useState } from 'react'
import type { DefinitionProblem } from '../../../../shared/documents/definition'
import { blankAttachment, type AttachmentDraft, type BlockDraft } from '../draft/documentDraft'
import { moveItem } from '../../../components/moveItem'
import { fieldError, problemsUnder } from '../draft/problems'
import { BlocksEditor } from './BlocksEditor'
import { ItemActions } from '../../../components/ItemActions'

type AttachmentsUpdater = (
  update: (attachments: readonly AttachmentDraft[]) => AttachmentDraft[],
) => void

interface ItemProps {
  readonly attachment: AttachmentDraft
  readonly index: number
  readonly count: number
  readonly update: AttachmentsUpdater
  readonly problems: readonly DefinitionProblem[]
}

const AttachmentEditor = memo(function AttachmentEditor({
  attachment,
  index,
  count,
  update,
  problems,
}: ItemProps) {
  const [showBody, setShowBody] = useState(attachment.body.length > 0)
  const path = `attachments[${String(index)}]`
  const name = `附件${String(index + 1)}`
  const updateBody = useCallback(
    (change: (blocks: readonly BlockDraft[]) => BlockDraft[]) =>
      update((list) => list.map((a, i) => (i === index ? { ...a, body: change(a.body) } : a))),
    [update, index],
  )
  return (
    <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField
          label={`${name}标题`}
          value={attachment.title}
          onChange={(event) =>
            update((list) =>
              list.map((a, i) => (i === index ? { ...a, title: event.target.value } : a)),
            )
          }
          error={Boolean(fieldError(problems, `${path}.title`))}
          helperText={fieldError(problems, `${path}.title`)}
        />
        <Button
          size="small"
          sx={{ flexShrink: 0, mt: 0.25 }}
          onClick={() => setShowBody((s) => !s)}
        >
          {showBody ? '收起正文' : `正文（${String(attachment.body.length)}）`}
        </Button>
        <ItemActions
          name={name}
          index={index}
          count={count}
          onMove={(delta) => update((list) => moveItem(list, index, delta))}
          onRemove={() => update((list) => list.filter((_, i) => i !== index))}
        />
      </Stack>
      <Collapse in={showBody} unmountOnExit>
        <Box sx={{ pt: 1.5, pl: 2 }}>
          <BlocksEditor
            blocks={attachment.body}
            update={updateBody}
            path={`${path}.body`}
            listLabel={`${name}正文`}
            problems={problemsUnder(problems, `${path}.body`)}
          />
        </Box>
      </Collapse>
    </Box>
  )
})

interface Props {
  readonly attachments: readonly AttachmentDraft[]
  readonly update: AttachmentsUpdater
  readonly problems: readonly DefinitionProblem[]
}

/**
 * 附件: the titles make the 附件说明 under the body; an attachment with its own text is printed on
 * pages of its own after the document.
 */
export const AttachmentsEditor = memo(function AttachmentsEditor({
  attachments,
  update,
  problems,
}: Props) {
  return (
    <Stack spacing={1.5}>
      {attachments.map((attachment, index) => (
        <AttachmentEditor
          key={attachment.key}
          attachment={attachment}
          index={index}
          count={attachments.length}
          update={update}
          problems={problemsUnder(problems, `attachments[${String(index)}]`)}
        />
      ))}
      <Box>
        <Button
          size="small"
          variant="outlined"
          startIcon={<AddIcon />}
          onClick={() => update((list) => [...list, blankAttachment()])}
        >
          添加附件
        </Button>
      </Box>
    </Stack>
  )
})
