import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward'
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward'
import DeleteIcon from '@mui/icons-material/DeleteOutlined'
import { IconButton, Tooltip } from '@mui/material'
import type { ReactNode } from 'react'

interface Props {
  /** What the item is called in the buttons' accessible names, e.g. 第 3 段. */
  readonly name: string
  readonly index: number
  readonly count: number
  readonly onMove: (delta: -1 | 1) => void
  readonly onRemove: () => void
  /** More buttons, between 下移 and 删除 (编辑 on a row of children). */
  readonly children?: ReactNode
}

/** 上移, 下移 and 删除 of one item of an ordered list (body blocks, attachments, children). */
export function ItemActions({ name, index, count, onMove, onRemove, children }: Props) {
  return (
    <>
      <Tooltip title="上移">
        {/* A span, so the tooltip still works on a disabled button. */}
        <span>
          <IconButton
            size="small"
            aria-label={`上移${name}`}
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            <ArrowUpwardIcon fontSize="small" />
          </IconButton>
        </span>
      </Tooltip>
      <Tooltip title="下移">
        <span>
          <IconButton
            size="small"
            aria-label={`下移${name}`}
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            <ArrowDownwardIcon fontSize="small" />
          </IconButton>
        </span>
      </Tooltip>
      {children}
      <Tooltip title="删除">
        <IconButton size="small" aria-label={`删除${name}`} onClick={onRemove}>
          <DeleteIcon fontSize="small" />
        </IconButton>
      </Tooltip>
    </>
  )
}
