import AddIcon from '@mui/icons-material/Add'
import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material'
import { useState } from 'react'
import {
  isChoiceType,
  QUESTION_TYPES,
  type Question,
  type QuestionType,
} from '../../../shared/surveys/questionnaire'
import { ItemActions } from '../../components/ItemActions'
import { useNotify } from '../../components/Notifier'
import { useDataApi } from '../../data/api'
import { userMessage } from '../../data/errors'
import {
  draftOf,
  newQuestionDraft,
  optionLines,
  questionsOf,
  type QuestionDraft,
} from './questionDrafts'

interface Props {
  readonly surveyId: string
  readonly questions: readonly Question[]
  readonly onClose: () => void
}

/** The conditions a question may take: each option of each choice question before it. */
function conditionsBefore(drafts: readonly QuestionDraft[], index: number) {
  return drafts.slice(0, index).flatMap((draft, at) =>
    isChoiceType(draft.type)
      ? optionLines(draft).map((option) => ({
          value: `${draft.id}|${option}`,
          label: `第 ${String(at + 1)} 题选择“${option}”时`,
        }))
      : [],
  )
}

/**
 * 编辑问卷: the questions in order, each with its 题型, 必答, options (one a line), a number's
 * limits and when it is shown (显示条件: an earlier choice question's answer). Saved whole,
 * checked first, so a visit never meets a broken questionnaire.
 */
export function QuestionnaireEditor({ surveyId, questions, onClose }: Props) {
  const api = useDataApi()
  const notify = useNotify()
  const [drafts, setDrafts] = useState<readonly QuestionDraft[]>(() =>
    questions.length > 0 ? questions.map(draftOf) : [newQuestionDraft()],
  )
  const [problems, setProblems] = useState<readonly string[]>([])
  const [saving, setSaving] = useState(false)

  const change = (index: number, patch: Partial<QuestionDraft>) =>
    setDrafts((all) => all.map((draft, at) => (at === index ? { ...draft, ...patch } : draft)))
  const move = (index: number, delta: -1 | 1) =>
    setDrafts((all) => {
      const next = [...all]
      const [moved] = next.splice(index, 1)
      if (moved) next.splice(index + delta, 0, moved)
      // A condition may only look back: one left pointing forward is cleared.
      return next.map((draft, at) =>
        draft.showIf === '' ||
        conditionsBefore(next, at).some((condition) => condition.value === draft.showIf)
          ? draft
          : { ...draft, showIf: '' },
      )
    })

  const save = async () => {
    const checked = questionsOf(drafts)
    if (!checked.ok) {
      setProblems(checked.problems)
      return
    }
    setSaving(true)
    try {
      await api.updateFields('survey', surveyId, { questionnaire: checked.questions })
      notify({ message: `已保存问卷（${String(checked.questions.length)} 题）` })
      onClose()
    } catch (error) {
      setProblems([userMessage(error)])
      setSaving(false)
    }
  }

  return (
    <Dialog open fullWidth maxWidth="md">
      <DialogTitle>编辑问卷</DialogTitle>
      <DialogContent sx={{ bgcolor: 'grey.50' }}>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {problems.length > 0 && (
            <Alert severity="error">
              {problems.map((problem) => (
                <div key={problem}>{problem}</div>
              ))}
            </Alert>
          )}
          {drafts.map((draft, index) => {
            const name = `第 ${String(index + 1)} 题`
            const conditions = conditionsBefore(drafts, index)
            return (
              <Paper key={draft.id} variant="outlined" sx={{ p: 2 }} role="group" aria-label={name}>
                <Stack spacing={1.5}>
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <Typography variant="subtitle2" sx={{ minWidth: 56 }}>
                      {name}
                    </Typography>
                    <TextField
                      label="题目"
                      size="small"
                      fullWidth
                      value={draft.title}
                      onChange={(event) => change(index, { title: event.target.value })}
                    />
                    <ItemActions
                      name={name}
                      index={index}
                      count={drafts.length}
                      onMove={(delta) => move(index, delta)}
                      onRemove={() => setDrafts((all) => all.filter((_, at) => at !== index))}
                    />
                  </Stack>
                  <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
                    <TextField
                      select
                      label="题型"
                      size="small"
                      sx={{ width: 120 }}
                      value={draft.type}
                      onChange={(event) =>
                        change(index, { type: event.target.value as QuestionType })
                      }
                    >
                      {QUESTION_TYPES.map((type) => (
                        <MenuItem key={type.value} value={type.value}>
                          {type.label}
                        </MenuItem>
                      ))}
                    </TextField>
                    <FormControlLabel
                      label="必答"
                      control={
                        <Checkbox
                          checked={draft.required}
                          onChange={(event) => change(index, { required: event.target.checked })}
                        />
                      }
                    />
                    <TextField
                      select
                      label="显示条件"
                      // 总是显示 is a choice of its own, shown as the blank value.
                      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
                      size="small"
                      sx={{ flex: 1 }}
                      value={draft.showIf}
                      onChange={(event) => change(index, { showIf: event.target.value })}
                    >
                      <MenuItem value="">总是显示</MenuItem>
                      {conditions.map((condition) => (
                        <MenuItem key={condition.value} value={condition.value}>
                          {condition.label}
                        </MenuItem>
                      ))}
                    </TextField>
                  </Stack>
                  {isChoiceType(draft.type) && (
                    <TextField
                      label="选项（每行一个）"
                      size="small"
                      multiline
                      minRows={2}
                      value={draft.options}
                      onChange={(event) => change(index, { options: event.target.value })}
                    />
                  )}
                  {draft.type === 'number' && (
                    <Stack direction="row" spacing={1.5}>
                      <TextField
                        label="最小值"
                        size="small"
                        value={draft.min}
                        onChange={(event) => change(index, { min: event.target.value })}
                      />
                      <TextField
                        label="最大值"
                        size="small"
                        value={draft.max}
                        onChange={(event) => change(index, { max: event.target.value })}
                      />
                    </Stack>
                  )}
                </Stack>
              </Paper>
            )
          })}
          <Button
            startIcon={<AddIcon />}
            onClick={() => setDrafts((all) => [...all, newQuestionDraft()])}
            sx={{ alignSelf: 'flex-start' }}
          >
            添加题目
          </Button>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={saving}>
          取消
        </Button>
        <Button variant="contained" onClick={() => void save()} disabled={saving}>
          保存问卷
        </Button>
      </DialogActions>
    </Dialog>
  )
}
