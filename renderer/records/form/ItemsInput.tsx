import AddIcon from '@mui/icons-material/Add'
import {
  Button,
  FormControl,
  FormHelperText,
  FormLabel,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material'
import { useEffect, useRef, type KeyboardEvent } from 'react'
import { storedItems, type Item } from '../../../shared/kinds/items'
import type { ItemColumn } from '../../../shared/kinds/types'
import { ItemActions } from '../../components/ItemActions'
import { moveItem } from '../../components/moveItem'

interface Props {
  readonly name: string
  readonly label: string
  readonly columns: readonly ItemColumn[]
  /** What one item is called: 诉求 (添加诉求). */
  readonly itemLabel: string
  readonly value: unknown
  readonly onChange: (value: Item[]) => void
  readonly onBlur: () => void
  readonly error: boolean
  readonly helperText: React.ReactNode
}

/**
 * The rows of an `items` field: the item's text and its choices side by side, 上移 / 下移 / 删除
 * on each, 添加… below. Keyboard-first: Enter in an item's text starts the next item.
 */
export function ItemsInput({
  name,
  label,
  columns,
  itemLabel,
  value,
  onChange,
  onBlur,
  error,
  helperText,
}: Props) {
  const [first, ...others] = columns
  const firstName = first?.name ?? 'text'
  const items = storedItems(value, firstName)
  // The item just added takes the focus once it is on screen.
  const focusNext = useRef<string | null>(null)
  const inputs = useRef(new Map<string, HTMLInputElement | HTMLTextAreaElement>())
  useEffect(() => {
    const element = focusNext.current ? inputs.current.get(focusNext.current) : undefined
    if (!element) return
    element.focus()
    focusNext.current = null
  })

  const add = (at = items.length) => {
    const item: Item = { id: crypto.randomUUID(), [firstName]: '' }
    onChange([...items.slice(0, at), item, ...items.slice(at)])
    focusNext.current = item.id
  }
  const set = (index: number, column: string, text: string) =>
    onChange(items.map((item, i) => (i === index ? { ...item, [column]: text } : item)))
  const onKey =
    (index: number) => (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return
      event.preventDefault()
      add(index + 1)
    }

  return (
    <FormControl component="fieldset" error={error} fullWidth onBlur={onBlur}>
      <FormLabel component="legend" sx={{ mb: 1 }}>
        {label}
      </FormLabel>
      <Stack spacing={1} role="list" aria-label={label}>
        {items.map((item, index) => {
          const itemName = `${label}第 ${String(index + 1)} 项`
          return (
            <Stack
              key={item.id}
              role="listitem"
              aria-label={itemName}
              direction="row"
              spacing={1}
              sx={{ alignItems: 'flex-start' }}
            >
              {first && (
                <TextField
                  name={`${name}.${String(index)}.${first.name}`}
                  label={first.label}
                  required={first.required}
                  multiline
                  value={item[first.name] ?? ''}
                  onChange={(event) =>
                    set(index, first.name, event.target.value.replace(/\r?\n/g, ''))
                  }
                  inputRef={(element: HTMLInputElement | HTMLTextAreaElement | null) => {
                    if (element) inputs.current.set(item.id, element)
                    else inputs.current.delete(item.id)
                  }}
                  slotProps={{
                    htmlInput: {
                      'aria-label': `${itemName}${first.label}`,
                      onKeyDown: onKey(index),
                    },
                  }}
                  sx={{ flex: 3, minWidth: 0 }}
                />
              )}
              {others.map((column) => (
                <TextField
                  key={column.name}
                  select={Boolean(column.options)}
                  name={`${name}.${String(index)}.${column.name}`}
                  label={column.label}
                  value={item[column.name] ?? ''}
                  onChange={(event) => set(index, column.name, event.target.value)}
                  sx={{ flex: 1, minWidth: 120 }}
                >
                  <MenuItem value="">
                    <em>未选择</em>
                  </MenuItem>
                  {column.options?.map((option) => (
                    <MenuItem key={option.value} value={option.value}>
                      {option.label}
                    </MenuItem>
                  ))}
                </TextField>
              ))}
              <Stack direction="row" sx={{ flexShrink: 0, pt: 0.5 }}>
                <ItemActions
                  name={itemName}
                  index={index}
                  count={items.length}
                  onMove={(delta) => onChange(moveItem(items, index, delta))}
                  onRemove={() => onChange(items.filter((_, i) => i !== index))}
                />
              </Stack>
            </Stack>
          )
        })}
      </Stack>
      <Stack direction="row" sx={{ mt: 1 }}>
        <Button size="small" variant="outlined" startIcon={<AddIcon />} onClick={() => add()}>
          添加{itemLabel}
        </Button>
      </Stack>
      {helperText && <FormHelperText>{helperText}</FormHelperText>}
    </FormControl>
  )
}
