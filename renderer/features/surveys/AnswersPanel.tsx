import {
  Alert,
  Button,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material'
import { useState } from 'react'
import { textOf } from '../../../shared/kinds/display'
import {
  checkAnswers,
  keptAnswers,
  openRequired,
  shownQuestions,
  type Answer,
  type Answers,
  type Question,
} from '../../../shared/surveys/questionnaire'
import { PanelSection } from '../../components/PanelSection'
import { useNotify } from '../../components/Notifier'
import { useDataApi } from '../../data/api'
import { userMessage } from '../../data/errors'
import { useRecord } from '../../data/hooks'
import { DateInput } from '../../records/form/DateInput'

interface FieldProps {
  readonly question: Question
  readonly label: string
  readonly answer: Answer | undefined
  readonly error: string | undefined
  readonly onChange: (answer: Answer) => void
}

/** One question's input, by its type. */
function QuestionField({ question, label, answer, error, onChange }: FieldProps) {
  switch (question.type) {
    case 'single':
      return (
        <FormControl error={Boolean(error)} required={question.required}>
          <FormLabel id={`q-${question.id}`}>{label}</FormLabel>
          <RadioGroup
            row
            aria-labelledby={`q-${question.id}`}
            value={typeof answer === 'string' ? answer : ''}
            onChange={(event) => onChange(event.target.value)}
          >
            {question.options.map((option) => (
              <FormControlLabel key={option} value={option} control={<Radio />} label={option} />
            ))}
          </RadioGroup>
          {error && <FormHelperText>{error}</FormHelperText>}
        </FormControl>
      )
    case 'multiple': {
      const picked = Array.isArray(answer) ? answer : []
      return (
        <FormControl error={Boolean(error)} required={question.required} component="fieldset">
          <FormLabel component="legend">{label}</FormLabel>
          <FormGroup row>
            {question.options.map((option) => (
              <FormControlLabel
                key={option}
                label={option}
                control={
                  <Checkbox
                    checked={picked.includes(option)}
                    onChange={(event) =>
                      onChange(
                        event.target.checked
                          ? question.options.filter((o) => o === option || picked.includes(o))
                          : picked.filter((o) => o !== option),
                      )
                    }
                  />
                }
              />
            ))}
          </FormGroup>
          {error && <FormHelperText>{error}</FormHelperText>}
        </FormControl>
      )
    }
    case 'number':
      return (
        <TextField
          label={label}
          required={question.required}
          size="small"
          sx={{ maxWidth: 240 }}
          value={answer === undefined ? '' : String(answer)}
          // Kept as typed until it is a number: 12. or - on the way to 12.5 or -3.
          onChange={(event) => {
            const text = event.target.value.trim()
            const value = Number(text)
            onChange(text !== '' && Number.isFinite(value) ? value : text)
          }}
          error={Boolean(error)}
          helperText={error}
        />
      )
    case 'text':
      return (
        <TextField
          label={label}
          required={question.required}
          multiline
          minRows={2}
          value={textOf(answer)}
          onChange={(event) => onChange(event.target.value)}
          error={Boolean(error)}
          helperText={error}
        />
      )
    case 'date':
      return (
        <DateInput
          name={`q-${question.id}`}
          label={label}
          required={question.required}
          withTime={false}
          value={textOf(answer)}
          onChange={onChange}
          onBlur={() => undefined}
          error={Boolean(error)}
          helperText={error}
        />
      )
  }
}

/**
 * 问卷 on a visit's page: the survey's questions, each shown only when its condition holds,
 * checked as they are saved; required questions left open are named, not refused (a visit may
 * be written over days).
 */
export function AnswersPanel({ visitId }: { visitId: string }) {
  const api = useDataApi()
  const notify = useNotify()
  const { data: visit } = useRecord('visit', visitId)
  const { data: survey } = useRecord('survey', visit?.parentId)
  const [edited, setEdited] = useState<Answers | null>(null)
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({})
  const [failure, setFailure] = useState<string | null>(null)
  const questions = survey?.questionnaire ?? []
  if (!visit || questions.length === 0) return null
  const answers: Answers = edited ?? visit.answers
  const shown = shownQuestions(questions, answers)
  const open = openRequired(questions, answers)

  const save = async () => {
    const problems = checkAnswers(questions, answers, false)
    setErrors(Object.fromEntries(problems.map((p) => [p.question, p.message])))
    if (problems.length > 0) return
    try {
      await api.updateFields('visit', visitId, { answers: keptAnswers(questions, answers) })
      setEdited(null)
      setFailure(null)
      notify({ message: '已保存问卷回答' })
    } catch (error) {
      setFailure(userMessage(error))
    }
  }

  return (
    <PanelSection title="问卷">
      <Stack
        spacing={2}
        component="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void save()
        }}
      >
        {failure && <Alert severity="error">{failure}</Alert>}
        {shown.map((question) => (
          <QuestionField
            key={question.id}
            question={question}
            label={`${String(questions.indexOf(question) + 1)}. ${question.title}`}
            answer={answers[question.id]}
            error={errors[question.id]}
            onChange={(answer) => {
              setEdited({ ...answers, [question.id]: answer })
              setErrors(({ [question.id]: _, ...rest }) => rest)
            }}
          />
        ))}
        <Stack
          direction="row"
          spacing={1.5}
          sx={{ alignItems: 'center', justifyContent: 'flex-end' }}
        >
          {open.length > 0 && (
            <Typography variant="body2" color="warning.main" role="status">
              尚有 {open.length} 道必答题未答
            </Typography>
          )}
          {edited && (
            <Typography variant="body2" color="text.secondary">
              有未保存的回答
            </Typography>
          )}
          <Button type="submit" variant="contained" disabled={!edited}>
            保存问卷回答
          </Button>
        </Stack>
      </Stack>
    </PanelSection>
  )
}
