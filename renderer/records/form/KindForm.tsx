import { zodResolver } from '@hookform/resolvers/zod'
import { Alert, Box, Button, Grid, Link, Paper, Stack, Typography } from '@mui/material'
import dayjs from 'dayjs'
import { useEffect, useRef, useState, type BaseSyntheticEvent, type KeyboardEvent } from 'react'
import { Controller, useForm, type Resolver } from 'react-hook-form'
import { Link as RouterLink, useBlocker } from 'react-router'
import type { FieldMeta, KindDefinition } from '../../../shared/kinds/types'
import {
  DuplicateRecordError,
  RecordValidationError,
  StaleEditError,
  type StaleFieldValue,
} from '../../data/errors'
import { userMessage } from '../../data/errors'
import { UnsavedChangesDialog } from '../../components/UnsavedChangesDialog'
import { recordPath } from '../views'
import { DraftBanner } from '../../components/drafts/DraftBanner'
import { useFormDraft } from '../../components/drafts/useFormDraft'
import { FieldInput } from './FieldInput'
import { StaleFieldsPanel } from './StaleFieldsPanel'

type FormValues = Record<string, unknown>

interface Props {
  readonly kind: KindDefinition
  /** The record edited; undefined for a new one. */
  readonly recordId?: string
  /** Where a new record is written (a meeting's agenda): its draft is kept apart from others'. */
  readonly draftScope?: string
  readonly initial: FormValues
  /**
   * Saves the validated values against what the form loaded (`loaded`, so only the fields the
   * user changed are written); throws the data layer's errors, which the form shows on fields.
   */
  readonly onSave: (values: FormValues, loaded: FormValues) => Promise<void>
  readonly onCancel: () => void
}

interface Duplicate {
  readonly field: string
  readonly id: string
  readonly title: string
}

/**
 * The message of a field's error, or of the first of its parts (a time range's 结束时间): a
 * schema's refusal of one part is filed under the part's path.
 */
function firstMessage(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const { message } = error as { message?: unknown }
  if (typeof message === 'string' && message !== '') return message
  for (const [key, part] of Object.entries(error)) {
    if (key === 'ref') continue
    const found = firstMessage(part)
    if (found) return found
  }
  return undefined
}

/**
 * The form of any record kind, laid out from the kind's declaration. Fields are checked as they
 * are left (the kind's zod schema), and the write path's answer (e.g. a duplicate credit code)
 * is shown on the field it concerns.
 */
export function KindForm({ kind, recordId, draftScope, initial, onSave, onCancel }: Props) {
  const {
    control,
    handleSubmit,
    setError,
    setValue,
    getValues,
    reset,
    subscribe,
    formState: { isSubmitting, isDirty, isSubmitSuccessful },
  } = useForm<FormValues>({
    defaultValues: initial,
    resolver: zodResolver(kind.schema) as unknown as Resolver<FormValues>,
    mode: 'onTouched',
  })
  const [duplicate, setDuplicate] = useState<Duplicate | null>(null)
  // What the form loaded; a field changed elsewhere and decided by the user moves on to that value.
  const [loaded, setLoaded] = useState(initial)
  const [stale, setStale] = useState<readonly StaleFieldValue[]>([])
  const decide = (field: string, takeTheirs: boolean) => {
    const decided = stale.find((s) => s.field === field)
    if (!decided) return
    setLoaded((base) => ({ ...base, [field]: decided.current }))
    if (takeTheirs) setValue(field, decided.current, { shouldDirty: true })
    setStale((list) => list.filter((s) => s.field !== field))
  }
  const [formError, setFormError] = useState<string | null>(null)
  const blocker = useBlocker(isDirty && !isSubmitting && !isSubmitSuccessful)
  const draft = useFormDraft({
    key: `${kind.name}:${recordId ?? (draftScope ? `new:${draftScope}` : 'new')}`,
    kind: kind.name,
    ...(recordId === undefined ? {} : { recordId }),
    values: () => getValues(),
    base: () => loaded,
    dirty: isDirty && !isSubmitSuccessful,
  })
  // Every change schedules the draft's write, so what is typed survives a crash.
  const { changed } = draft
  useEffect(
    () => subscribe({ formState: { values: true }, callback: () => changed() }),
    [subscribe, changed],
  )
  const restoreDraft = () => {
    const found = draft.found
    if (!found) return
    reset(found.values as FormValues, { keepDefaultValues: true })
    if (found.base && typeof found.base === 'object') setLoaded(found.base as FormValues)
    draft.settle()
  }
  // A second click while the first save runs must not save twice (React state lags a click).
  const saving = useRef(false)

  const save = async (values: FormValues) => {
    setDuplicate(null)
    setFormError(null)
    if (stale.length > 0) {
      setFormError('请先对每个被其他窗口修改的字段选择保留哪一个')
      throw new Error('stale fields undecided')
    }
    try {
      await onSave(values, loaded)
      await draft.clear()
    } catch (error) {
      if (error instanceof StaleEditError) {
        setStale(error.fields)
      } else if (error instanceof RecordValidationError) {
        for (const issue of error.issues) {
          if (issue.path) setError(issue.path, { message: issue.message })
          else setFormError(issue.message)
        }
      } else if (error instanceof DuplicateRecordError) {
        setError(error.field, { message: error.message })
        setDuplicate({ field: error.field, id: error.existingId, title: error.existingTitle })
      } else {
        setFormError(userMessage(error))
      }
      throw error
    }
  }
  const submit = async (event?: BaseSyntheticEvent) => {
    if (saving.current) return
    saving.current = true
    // A saved form is left (its page navigates, its dialog closes): a click that arrives before
    // that must not save again, so the lock is released only when the save did not happen.
    const outcome = { saved: false }
    try {
      const saveOnce = async (values: FormValues) => {
        await save(values)
        outcome.saved = true
      }
      await handleSubmit(saveOnce, (errors) => {
        // A field the form does not show (a child's parent) cannot show its error: say it here.
        const shown = new Set(kind.form.flatMap((section) => section.fields))
        const hidden = Object.entries(errors).find(([field]) => !shown.has(field))
        if (hidden) setFormError(firstMessage(hidden[1]) ?? '记录不完整，无法保存')
      })(event)
    } finally {
      if (!outcome.saved) saving.current = false
    }
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault()
      void submit().catch(() => undefined)
    }
  }

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event) => {
        void submit(event).catch(() => undefined)
      }}
      onKeyDown={onKeyDown}
    >
      <Stack spacing={2}>
        {draft.found && (
          <DraftBanner
            draft={draft.found}
            onRestore={restoreDraft}
            onDiscard={() => void draft.clear()}
          />
        )}
        {formError && <Alert severity="error">{formError}</Alert>}
        {stale.length > 0 && (
          <StaleFieldsPanel
            kind={kind}
            fields={stale}
            onKeepMine={(field) => decide(field, false)}
            onTakeTheirs={(field) => decide(field, true)}
          />
        )}
        {kind.form.map((section) => (
          <Paper key={section.title} variant="outlined" sx={{ p: 2.5 }}>
            <Typography variant="subtitle1" sx={{ mb: 2 }}>
              {section.title}
            </Typography>
            <Grid container spacing={2}>
              {section.fields.map((field) => {
                const meta = (kind.fields as Record<string, FieldMeta>)[field] as FieldMeta
                return (
                  <Grid key={field} size={{ xs: 12, md: meta.width ?? 6 }}>
                    <Controller
                      name={field}
                      control={control}
                      render={({ field: controlled, fieldState }) => (
                        <FieldInput
                          name={field}
                          meta={meta}
                          value={controlled.value}
                          onChange={controlled.onChange}
                          onBlur={controlled.onBlur}
                          error={firstMessage(fieldState.error)}
                          errorDetail={
                            duplicate?.field === field && fieldState.error ? (
                              <>
                                ：
                                <Link
                                  component={RouterLink}
                                  to={recordPath(kind.name, duplicate.id)}
                                >
                                  {duplicate.title || '查看已有记录'}
                                </Link>
                              </>
                            ) : undefined
                          }
                        />
                      )}
                    />
                  </Grid>
                )
              })}
            </Grid>
          </Paper>
        ))}
        <Stack
          direction="row"
          spacing={1.5}
          sx={{ justifyContent: 'flex-end', alignItems: 'center' }}
        >
          {isDirty && !isSubmitSuccessful && (
            <Typography variant="body2" color="text.secondary" role="status">
              有未保存的修改
              {draft.savedAt !== undefined &&
                `（草稿已于 ${dayjs(draft.savedAt).format('HH:mm:ss')} 自动保存）`}
            </Typography>
          )}
          <Button onClick={onCancel} disabled={isSubmitting}>
            取消
          </Button>
          <Button type="submit" variant="contained" disabled={isSubmitting}>
            {isSubmitting ? '正在保存…' : '保存'}
          </Button>
        </Stack>
      </Stack>
      <UnsavedChangesDialog
        blocker={blocker}
        message="表单中有尚未保存的修改，离开后这些修改将丢失。"
        onDiscard={() => void draft.clear()}
      />
    </Box>
  )
}
