import {
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material'
import { useState } from 'react'
import { KINDS, type KindName } from '../../../shared/kinds'
import type { FieldMeta } from '../../../shared/kinds/types'
import { formatDateTime } from '../../../shared/kinds/display'
import {
  movesFrom,
  stateLabel,
  stateLogEntrySchema,
  type Workflow,
  type WorkflowMove,
} from '../../../shared/workflow/workflow'
import { useNotify } from '../../components/Notifier'
import { useDataApi } from '../../data/api'
import { userMessage } from '../../data/errors'
import { viewOf } from '../views'
import { DeadlineChip } from './DeadlineChip'
import { useDeadline } from './useDeadline'

interface Props {
  readonly kind: KindName
  readonly record: Readonly<Record<string, unknown>> & { readonly id: string }
}

/** The workflow fields of a kind: each with its state, the field's deadline and its log. */
export function workflowFields(kind: KindName): { field: string; workflow: Workflow }[] {
  const fields = KINDS[kind].fields as Readonly<Record<string, FieldMeta>>
  return Object.entries(fields).flatMap(([field, meta]) =>
    meta.input.type === 'workflow' ? [{ field, workflow: meta.input.workflow }] : [],
  )
}

function logOf(kind: KindName, record: Readonly<Record<string, unknown>>) {
  const fields = KINDS[kind].fields as Readonly<Record<string, FieldMeta>>
  const logField = Object.keys(fields).find((name) => fields[name]?.input.type === 'stateLog')
  const value = logField ? record[logField] : undefined
  return (Array.isArray(value) ? value : []).flatMap((entry) => {
    const parsed = stateLogEntrySchema.safeParse(entry)
    return parsed.success ? [parsed.data] : []
  })
}

/**
 * A record's workflow on its page: its state, its deadline (已逾期 / 即将到期), a button for each
 * move open from the state (a move that sends work back asks why), and the moves made so far.
 */
export function WorkflowPanel({ kind, record }: Props) {
  const api = useDataApi()
  const notify = useNotify()
  const deadline = useDeadline(kind)
  const [asking, setAsking] = useState<{ field: string; move: WorkflowMove } | null>(null)
  const [note, setNote] = useState('')
  const log = logOf(kind, record)

  const run = async (field: string, move: WorkflowMove, withNote: string) => {
    try {
      const to = move.to ?? String(record[field])
      const refusal = await viewOf(kind).checkMove?.(api, record, to)
      if (refusal) {
        notify({ message: refusal, severity: 'error' })
        return
      }
      await api.moveState(kind, record.id, {
        field,
        label: move.label,
        from: String(record[field]),
        note: withNote,
      })
      setAsking(null)
      setNote('')
      notify({ message: `已${move.label}` })
    } catch (error) {
      notify({ message: userMessage(error), severity: 'error' })
    }
  }

  return (
    <Paper variant="outlined" sx={{ p: 2.5 }} component="section" aria-label="办理状态">
      {workflowFields(kind).map(({ field, workflow }) => {
        const label = (KINDS[kind].fields as Readonly<Record<string, FieldMeta>>)[field]?.label
        const state = String(record[field])
        return (
          <Stack key={field} direction="row" spacing={1.5} sx={{ alignItems: 'center', mb: 1 }}>
            <Typography variant="subtitle1">{label}</Typography>
            <Chip label={stateLabel(workflow, state)} color="primary" variant="outlined" />
            <DeadlineChip state={deadline?.(record)} />
            <Stack direction="row" spacing={1} sx={{ flex: 1, justifyContent: 'flex-end' }}>
              {movesFrom(workflow, state).map((move) => (
                <Button
                  key={move.label}
                  variant={move.needsNote ? 'outlined' : 'contained'}
                  size="small"
                  onClick={() =>
                    move.needsNote ? setAsking({ field, move }) : void run(field, move, '')
                  }
                >
                  {move.label}
                </Button>
              ))}
            </Stack>
          </Stack>
        )
      })}
      {log.length > 0 && (
        <List dense disablePadding aria-label="办理记录">
          {log.map((entry) => (
            <ListItem key={`${entry.at}-${entry.move}`} disableGutters>
              <ListItemText
                primary={`${entry.move}${entry.note ? `：${entry.note}` : ''}`}
                secondary={`${formatDateTime(entry.at)}${entry.user ? ` · ${entry.user}` : ''}`}
              />
            </ListItem>
          ))}
        </List>
      )}
      <Dialog open={asking !== null} onClose={() => setAsking(null)} fullWidth maxWidth="xs">
        <DialogTitle>{asking?.move.label}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            label="原因"
            required
            multiline
            minRows={2}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(null)}>取消</Button>
          <Button
            variant="contained"
            disabled={note.trim() === ''}
            onClick={() => asking && void run(asking.field, asking.move, note)}
          >
            确定
          </Button>
        </DialogActions>
      </Dialog>
    </Paper>
  )
}
