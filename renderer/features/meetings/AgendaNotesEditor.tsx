import { ItemActions } from '../../components/ItemActions'
import { Box, Link, Paper, Stack, TextField, Typography } from '@mui/material'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { flushSync } from 'react-dom'
import { Link as RouterLink } from 'react-router'
import { KINDS } from '../../../shared/kinds'
import { textOf } from '../../../shared/kinds/display'
import { useNotify } from '../../components/Notifier'
import { useDataApi } from '../../data/api'
import { userMessage } from '../../data/errors'
import { useChildren } from '../../data/hooks'
import { useDeleteWithUndo } from '../../records/useDeleteWithUndo'
import { recordPath } from '../../records/views'

/** A pause in typing this long writes the field (a crash loses less than this). */
const SAVE_PAUSE_MS = 600

type Field = 'title' | 'notes'
type Edits = Readonly<Record<string, Partial<Record<Field, string>>>>
/** A stored item, or one just added and not yet written. */
type ShownItem = Readonly<Record<string, unknown>> & { readonly id: string }

/**
 * 议程 and 会议记录, written during the meeting: each item's 议题 and notes are edited in place and
 * saved as the user types. Keyboard first: type a 议题 in 新议题 and press Enter, and the item is
 * added and its notes take the focus; Tab goes on to the next field.
 */
export function AgendaNotesEditor({ meetingId }: { meetingId: string }) {
  const api = useDataApi()
  const notify = useNotify()
  const deleteWithUndo = useDeleteWithUndo('agendaItem')
  const { data: items = [] } = useChildren('agendaItem', meetingId)
  const [edits, setEdits] = useState<Edits>({})
  // Fields waiting for a pause in typing, and writes under way: 正在保存… while either is.
  const [waiting, setWaiting] = useState(0)
  const [writing, setWriting] = useState(0)
  const [newTitle, setNewTitle] = useState('')
  const [focus, setFocus] = useState<string | null>(null)
  const timers = useRef(new Map<string, { timer: number; run: () => void }>())

  const save = async (id: string, field: Field, value: string) => {
    setWriting((count) => count + 1)
    try {
      // An item just added is written first.
      await creating.current.get(id)
      await api.updateFields('agendaItem', id, { [field]: value })
    } catch (error) {
      notify({ message: `会议记录未能保存：${userMessage(error)}`, severity: 'error' })
    } finally {
      setWriting((count) => count - 1)
    }
  }

  const edit = (id: string, field: Field, value: string) => {
    setEdits((all) => ({ ...all, [id]: { ...all[id], [field]: value } }))
    const key = `${id}:${field}`
    const waiting = timers.current.get(key)
    if (waiting) window.clearTimeout(waiting.timer)
    const run = () => {
      timers.current.delete(key)
      setWaiting(timers.current.size)
      void save(id, field, value)
    }
    timers.current.set(key, { timer: window.setTimeout(run, SAVE_PAUSE_MS), run })
    setWaiting(timers.current.size)
  }

  /** Writes a field now (on leaving it), without waiting for the pause. */
  const flush = (id: string, field: Field) => {
    const waiting = timers.current.get(`${id}:${field}`)
    if (!waiting) return
    window.clearTimeout(waiting.timer)
    waiting.run()
  }

  // Leaving the page (or the app closing) writes whatever still waits.
  useEffect(() => {
    const all = timers.current
    const flushAll = () => {
      for (const waiting of [...all.values()]) {
        window.clearTimeout(waiting.timer)
        waiting.run()
      }
    }
    window.addEventListener('pagehide', flushAll)
    return () => {
      window.removeEventListener('pagehide', flushAll)
      flushAll()
    }
  }, [])

  // A field whose stored value caught up with what was typed is read from the store again.
  useEffect(() => {
    setEdits((all) => {
      let changed = false
      const next: Record<string, Partial<Record<Field, string>>> = {}
      for (const [id, fields] of Object.entries(all)) {
        const stored = items.find((item) => item.id === id)
        const kept = Object.fromEntries(
          Object.entries(fields).filter(
            ([field, value]) =>
              timers.current.has(`${id}:${field}`) || !stored || textOf(stored[field]) !== value,
          ),
        )
        if (Object.keys(kept).length !== Object.keys(fields).length) changed = true
        if (Object.keys(kept).length > 0) next[id] = kept
      }
      return changed ? next : all
    })
  }, [items])

  const valueOf = (item: ShownItem, field: Field) => edits[item.id]?.[field] ?? textOf(item[field])

  // A new item is shown (and its notes focused) at once, before it is written: a fast typist
  // starts the notes right after Enter, and no keystroke may land elsewhere meanwhile.
  const [added, setAdded] = useState<readonly { id: string; title: string }[]>([])
  const creating = useRef(new Map<string, Promise<unknown>>())
  const notesBoxes = useRef(new Map<string, HTMLTextAreaElement>())
  const addItem = () => {
    const title = newTitle.trim()
    if (title === '') return
    const id = api.newRecordId()
    flushSync(() => {
      setAdded((list) => [...list, { id, title }])
      setNewTitle('')
    })
    notesBoxes.current.get(id)?.focus()
    const written = api
      .addChild('agendaItem', meetingId, { ...KINDS.agendaItem.empty(), title }, { id })
      .catch((error: unknown) => {
        setAdded((list) => list.filter((item) => item.id !== id))
        setNewTitle(title)
        notify({ message: userMessage(error), severity: 'error' })
      })
      .finally(() => creating.current.delete(id))
    creating.current.set(id, written)
  }
  const shown: readonly ShownItem[] = [
    ...items,
    ...added.filter((item) => !items.some((stored) => stored.id === item.id)),
  ]

  const move = async (id: string, direction: 'up' | 'down') => {
    try {
      await api.moveChild('agendaItem', id, direction)
    } catch (error) {
      notify({ message: userMessage(error), severity: 'error' })
    }
  }

  const onTitleKey = (event: KeyboardEvent, id: string) => {
    // Enter in a 议题 goes to its notes: the title is one line.
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return
    event.preventDefault()
    setFocus(`${id}:notes`)
  }

  return (
    <Paper variant="outlined" sx={{ p: 2.5 }} component="section" aria-label="议程和会议记录">
      <Stack
        direction="row"
        sx={{ justifyContent: 'space-between', alignItems: 'baseline', mb: 1.5 }}
      >
        <Typography variant="subtitle1">议程和会议记录（{shown.length}）</Typography>
        <Typography variant="body2" color="text.secondary" role="status">
          {waiting + writing > 0 ? '正在保存…' : '已全部保存'}
        </Typography>
      </Stack>
      <Stack spacing={2}>
        {shown.map((item, index) => (
          <Stack key={item.id} spacing={1} role="group" aria-label={`议程第${String(index + 1)}项`}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography sx={{ width: 28, color: 'text.secondary' }}>{index + 1}.</Typography>
              <TextField
                label="议题"
                size="small"
                fullWidth
                value={valueOf(item, 'title')}
                error={valueOf(item, 'title').trim() === ''}
                helperText={valueOf(item, 'title').trim() === '' ? '请填写议题' : undefined}
                onChange={(event) => edit(item.id, 'title', event.target.value)}
                onBlur={() => flush(item.id, 'title')}
                onKeyDown={(event) => onTitleKey(event, item.id)}
              />
              <ItemActions
                name={`议程第${String(index + 1)}项`}
                index={index}
                count={shown.length}
                onMove={(delta) => void move(item.id, delta < 0 ? 'up' : 'down')}
                onRemove={() => void deleteWithUndo([item.id], `议程“${valueOf(item, 'title')}”`)}
              />
            </Stack>
            <Box sx={{ pl: 4.5 }}>
              <TextField
                label="会议记录"
                multiline
                minRows={3}
                fullWidth
                value={valueOf(item, 'notes')}
                onChange={(event) => edit(item.id, 'notes', event.target.value)}
                onBlur={() => flush(item.id, 'notes')}
                inputRef={(element: HTMLTextAreaElement | null) => {
                  if (element) notesBoxes.current.set(item.id, element)
                  else notesBoxes.current.delete(item.id)
                  if (element && focus === `${item.id}:notes`) {
                    element.focus()
                    setFocus(null)
                  }
                }}
              />
            </Box>
            <Link
              component={RouterLink}
              to={recordPath('agendaItem', item.id)}
              variant="body2"
              sx={{ pl: 4.5 }}
            >
              汇报人和详情
            </Link>
          </Stack>
        ))}
        <TextField
          label="新议题"
          size="small"
          placeholder="输入议题后按 Enter 添加，再记录会议内容"
          value={newTitle}
          onChange={(event) => setNewTitle(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || event.nativeEvent.isComposing) return
            event.preventDefault()
            addItem()
          }}
          helperText={`议题最多 ${String(200)} 字；Tab 移到下一项`}
        />
      </Stack>
    </Paper>
  )
}
