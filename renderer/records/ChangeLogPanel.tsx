import HistoryIcon from '@mui/icons-material/History'
import { Box, Button, List, ListItem, ListItemText, Typography } from '@mui/material'
import dayjs from 'dayjs'
import { useState } from 'react'
import type { ChangeEntry, ChangeOperation } from '../../shared/domain/changeEntry'
import { fieldLabel, KINDS, type KindDefinition, type KindName } from '../../shared/kinds'
import { displayValue, referencesIn, type ReferenceTitle } from '../../shared/kinds/display'
import { valueBefore, versionAfter } from '../../shared/records/versions'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { useNotify } from '../components/Notifier'
import { PanelSection } from '../components/PanelSection'
import { useDataApi } from '../data/api'
import { userMessage } from '../data/errors'
import { useLiveData, useTitlesOf } from '../data/hooks'

const OPERATION_LABELS: Record<ChangeOperation, string> = {
  create: '创建',
  update: '修改',
  delete: '删除',
  restore: '恢复',
}

/** A value shown in one line of the history: long texts cut short. */
function shown(kind: KindDefinition, field: string, value: unknown, titleOf: ReferenceTitle) {
  const text = value === undefined ? '' : displayValue(kind, field, value, titleOf)
  if (text === '') return '（空）'
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat
}

/** 字段：旧值 → 新值, one per field an update changed. */
function FieldChanges({
  kind,
  entry,
  titleOf,
}: {
  kind: KindDefinition
  entry: ChangeEntry
  titleOf: ReferenceTitle
}) {
  const changes = entry.changes.filter((change) => !change.skipped && change.field in kind.fields)
  return (
    <Box component="span" sx={{ display: 'block' }}>
      {changes.map((change) => (
        <Box component="span" key={change.field} sx={{ display: 'block' }}>
          {fieldLabel(kind, change.field)}：
          {shown(kind, change.field, valueBefore(change, change.new), titleOf)}
          {' → '}
          {shown(kind, change.field, change.new, titleOf)}
        </Box>
      ))}
    </Box>
  )
}

/**
 * A record's history, newest first: who changed which fields, when, from what to what. Any
 * earlier version can be restored: its values are written as one new change (itself in the
 * history, so it can be undone the same way).
 */
export function ChangeLogPanel({ kind, id }: { kind: KindName; id: string }) {
  const api = useDataApi()
  const notify = useNotify()
  const entries = useLiveData((api) => api.changesOf(kind, id), [kind], id).data ?? []
  const definition = KINDS[kind] as KindDefinition
  const [restoring, setRestoring] = useState<number | null>(null)
  const values = entries.flatMap((entry) =>
    entry.changes.flatMap((change) => [
      { [change.field]: change.new },
      { [change.field]: change.old },
    ]),
  )
  const titleOf = useTitlesOf(referencesIn(definition, values))
  const fields = Object.keys(definition.fields)
  const restorable = (entry: ChangeEntry, index: number) =>
    index < entries.length - 1 && (entry.op === 'create' || entry.op === 'update')

  const restore = async (index: number) => {
    try {
      const current = await api.getRecord(kind, id)
      if (!current) throw new Error('该记录已被删除，请先从回收站恢复')
      await api.updateFields(kind, id, versionAfter(current, entries, index, fields))
      const at = entries[index]?.at ?? 0
      notify({ message: `已恢复到 ${dayjs(at).format('YYYY-MM-DD HH:mm')} 的版本` })
    } catch (error) {
      notify({ message: userMessage(error), severity: 'error' })
    }
  }

  return (
    <PanelSection title="修改记录">
      <List dense disablePadding>
        {entries
          .map((entry, index) => ({ entry, index }))
          .reverse()
          .map(({ entry, index }) => (
            <ListItem
              key={entry.seq ?? entry.hlc}
              disableGutters
              secondaryAction={
                restorable(entry, index) ? (
                  <Button
                    size="small"
                    startIcon={<HistoryIcon />}
                    onClick={() => setRestoring(index)}
                    aria-label={`恢复到 ${dayjs(entry.at).format('YYYY-MM-DD HH:mm:ss')} 的版本`}
                  >
                    恢复到此版本
                  </Button>
                ) : undefined
              }
            >
              <ListItemText
                primary={[
                  dayjs(entry.at).format('YYYY-MM-DD HH:mm'),
                  entry.user || '未署名用户',
                  OPERATION_LABELS[entry.op],
                ].join('  ')}
                secondary={
                  entry.op === 'update' ? (
                    <>
                      修改了：
                      {entry.changes
                        .filter((change) => change.field in definition.fields)
                        .map((change) => fieldLabel(definition, change.field))
                        .join('、')}
                      <FieldChanges kind={definition} entry={entry} titleOf={titleOf} />
                    </>
                  ) : undefined
                }
                slotProps={{ secondary: { component: 'div' } }}
              />
            </ListItem>
          ))}
      </List>
      {entries.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          还没有修改记录。
        </Typography>
      )}
      <ConfirmDialog
        open={restoring !== null}
        title="恢复到此版本"
        message={`将把各项内容恢复为 ${dayjs(entries[restoring ?? 0]?.at ?? 0).format('YYYY-MM-DD HH:mm')} 修改后的样子。恢复本身也记入修改记录，可以再恢复回来。`}
        confirmLabel="恢复"
        onCancel={() => setRestoring(null)}
        onConfirm={() => {
          const index = restoring
          setRestoring(null)
          if (index !== null) void restore(index)
        }}
      />
    </PanelSection>
  )
}
