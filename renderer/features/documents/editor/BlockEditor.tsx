import { Box, MenuItem, Stack, TextField, Typography } from '@mui/material'
import { memo, type ClipboardEvent, type KeyboardEvent } from 'react'
import {
  BLOCK_TYPES,
  BLOCK_TYPE_LABELS,
  HEADING_NUMBERING,
  type BlockDraft,
  type BlockType,
} from '../draft/documentDraft'
import { ItemActions } from '../../../components/ItemActions'

interface Props {
  readonly block: BlockDraft
  readonly index: number
  readonly count: number
  /** 正文 or 附件N正文, for the buttons' names. */
  readonly listLabel: string
  readonly error: string | undefined
  readonly autoFocus: boolean
  readonly onChange: (index: number, block: BlockDraft) => void
  readonly onMove: (index: number, delta: number) => void
  readonly onRemove: (index: number) => void
  /** Enter in a paragraph, or pasting several lines into an empty one: more paragraphs. */
  readonly onSplit: (index: number, texts: readonly string[]) => void
}

const isHeading = (type: BlockType) => type.startsWith('h')

/** One block of the body: its type, its text (or table), and 上移 / 下移 / 删除. */
export const BlockEditor = memo(function BlockEditor({
  block,
  index,
  count,
  listLabel,
  error,
  autoFocus,
  onChange,
  onMove,
  onRemove,
  onSplit,
}: Props) {
  const name = `${listLabel}第${String(index + 1)}块`
  const set = (patch: Partial<BlockDraft>) => onChange(index, { ...block, ...patch })

  const onParagraphKey = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return
    event.preventDefault()
    const input = event.currentTarget
    const at = input.selectionStart ?? block.text.length
    onSplit(index, [block.text.slice(0, at), block.text.slice(at)])
  }

  const onParagraphPaste = (event: ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData('text/plain')
    const lines = pasted
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
    if (block.text !== '' || lines.length < 2) return
    event.preventDefault()
    onSplit(index, lines)
  }

  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
      <TextField
        select
        label="类型"
        value={block.type}
        onChange={(event) => set({ type: event.target.value as BlockType })}
        sx={{ width: 118, flexShrink: 0 }}
        slotProps={{
          htmlInput: { 'aria-label': `${name}类型` },
          // The menu shows each heading's numbering; the field shows the type alone, so it fits.
          select: { renderValue: (value) => BLOCK_TYPE_LABELS[value as BlockType] },
        }}
      >
        {BLOCK_TYPES.map((type) => (
          <MenuItem key={type} value={type}>
            {BLOCK_TYPE_LABELS[type]}
            {HEADING_NUMBERING[type] && (
              <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
                {HEADING_NUMBERING[type]}
              </Typography>
            )}
          </MenuItem>
        ))}
      </TextField>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        {block.type === 'pagebreak' ? (
          <Typography
            variant="body2"
            color={error ? 'error' : 'text.secondary'}
            sx={{ borderTop: '1px dashed', borderColor: 'divider', pt: 1, mt: 1 }}
          >
            {error ?? '此处另起一页'}
          </Typography>
        ) : block.type === 'chart' ? (
          <Stack spacing={1}>
            <TextField
              label="图表标题"
              value={block.tableTitle}
              onChange={(event) => set({ tableTitle: event.target.value })}
            />
            <TextField
              label="图表数据"
              multiline
              minRows={3}
              value={block.tableText}
              onChange={(event) => set({ tableText: event.target.value })}
              error={Boolean(error)}
              helperText={error ?? '每行一项：名称 | 数值，如 和平区 | 5'}
              slotProps={{ htmlInput: { 'aria-label': `${name}图表数据`, spellCheck: false } }}
            />
          </Stack>
        ) : block.type === 'table' ? (
          <Stack spacing={1}>
            <Stack direction="row" spacing={1}>
              <TextField
                label="表格标题（可选）"
                value={block.tableTitle}
                onChange={(event) => set({ tableTitle: event.target.value })}
                sx={{ flex: 1 }}
              />
              <TextField
                label="行高（毫米，可选）"
                value={block.tableRowHeight}
                onChange={(event) => set({ tableRowHeight: event.target.value })}
                slotProps={{ htmlInput: { inputMode: 'decimal' } }}
                sx={{ width: 170 }}
              />
            </Stack>
            <TextField
              label="表格内容"
              multiline
              minRows={3}
              value={block.tableText}
              onChange={(event) => set({ tableText: event.target.value })}
              error={Boolean(error)}
              helperText={
                error ?? '第一行为列名；每行一行，单元格用 Tab（从 Excel、WPS 粘贴即可）或 | 分隔'
              }
              slotProps={{ htmlInput: { 'aria-label': `${name}表格内容`, spellCheck: false } }}
            />
          </Stack>
        ) : (
          <Stack spacing={1}>
            <TextField
              label={
                isHeading(block.type)
                  ? `${BLOCK_TYPE_LABELS[block.type]}（自动编号 ${HEADING_NUMBERING[block.type] ?? ''}）`
                  : '段落文字'
              }
              multiline
              autoFocus={autoFocus}
              value={block.text}
              onChange={(event) => set({ text: event.target.value.replace(/\r?\n/g, '') })}
              error={Boolean(error)}
              helperText={error}
              slotProps={{
                htmlInput: {
                  'aria-label': name,
                  ...(block.type === 'p'
                    ? { onKeyDown: onParagraphKey, onPaste: onParagraphPaste }
                    : {}),
                },
              }}
            />
            {isHeading(block.type) && (
              <TextField
                label="标题后接正文（可选）"
                multiline
                value={block.run}
                onChange={(event) => set({ run: event.target.value.replace(/\r?\n/g, '') })}
              />
            )}
          </Stack>
        )}
      </Box>
      <Stack direction="row" sx={{ flexShrink: 0, pt: 0.25 }}>
        <ItemActions
          name={name}
          index={index}
          count={count}
          onMove={(delta) => onMove(index, delta)}
          onRemove={() => onRemove(index)}
        />
      </Stack>
    </Stack>
  )
})
