import AddIcon from '@mui/icons-material/Add'
import { Button, Stack, Typography } from '@mui/material'
import { memo, useCallback, useState } from 'react'
import type { DefinitionProblem } from '../../../../shared/documents/definition'
import {
  blankBlock,
  BLOCK_TYPE_LABELS,
  BLOCK_TYPES,
  type BlockDraft,
  type BlockType,
} from '../draft/documentDraft'
import { moveItem } from '../../../components/moveItem'
import { fieldError } from '../draft/problems'
import { BlockEditor } from './BlockEditor'

export type BlocksUpdater = (update: (blocks: readonly BlockDraft[]) => BlockDraft[]) => void

interface Props {
  readonly blocks: readonly BlockDraft[]
  /** Applies a change to the current blocks (functional, so the callbacks below stay stable). */
  readonly update: BlocksUpdater
  /** The blocks' path in the definition: body, or attachments[0].body. */
  readonly path: string
  readonly listLabel: string
  readonly problems: readonly DefinitionProblem[]
}

/** The blocks of a body: each edited in place, moved up or down, removed, or added at the end. */
export const BlocksEditor = memo(function BlocksEditor({
  blocks,
  update,
  path,
  listLabel,
  problems,
}: Props) {
  // The block that should take the focus when it appears (after Enter splits a paragraph).
  const [focusKey, setFocusKey] = useState<string | null>(null)

  const onChange = useCallback(
    (index: number, block: BlockDraft) =>
      update((list) => list.map((b, i) => (i === index ? block : b))),
    [update],
  )
  const onMove = useCallback(
    (index: number, delta: number) => update((list) => moveItem(list, index, delta)),
    [update],
  )
  const onRemove = useCallback(
    (index: number) => update((list) => list.filter((_, i) => i !== index)),
    [update],
  )
  const onSplit = useCallback(
    (index: number, texts: readonly string[]) => {
      const [first = '', ...rest] = texts
      const added = rest.map((text) => blankBlock('p', text))
      setFocusKey(added[0]?.key ?? null)
      update((list) => {
        const current = list[index]
        if (!current) return [...list]
        return [
          ...list.slice(0, index),
          { ...current, text: first },
          ...added,
          ...list.slice(index + 1),
        ]
      })
    },
    [update],
  )
  const add = (type: BlockType) => {
    const block = blankBlock(type)
    setFocusKey(block.key)
    update((list) => [...list, block])
  }

  return (
    <Stack spacing={1.5}>
      {blocks.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          还没有内容，用下面的按钮添加段落、标题或表格。
        </Typography>
      )}
      {blocks.map((block, index) => (
        <BlockEditor
          key={block.key}
          block={block}
          index={index}
          count={blocks.length}
          listLabel={listLabel}
          error={fieldError(problems, `${path}[${String(index)}]`)}
          autoFocus={block.key === focusKey}
          onChange={onChange}
          onMove={onMove}
          onRemove={onRemove}
          onSplit={onSplit}
        />
      ))}
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {BLOCK_TYPES.map((type) => (
          <Button
            key={type}
            size="small"
            variant="outlined"
            startIcon={<AddIcon />}
            onClick={() => add(type)}
            aria-label={`在${listLabel}末尾添加${BLOCK_TYPE_LABELS[type]}`}
          >
            {BLOCK_TYPE_LABELS[type]}
          </Button>
        ))}
      </Stack>
    </Stack>
  )
})
