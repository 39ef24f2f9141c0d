import EditIcon from '@mui/icons-material/EditOutlined'
import { Box, Button, List, ListItem, ListItemText, Typography } from '@mui/material'
import { useState } from 'react'
import { QUESTION_TYPES, type Question } from '../../../shared/surveys/questionnaire'
import { PanelSection } from '../../components/PanelSection'
import { useRecord } from '../../data/hooks'
import { QuestionnaireEditor } from './QuestionnaireEditor'

const typeLabel = (question: Question) =>
  QUESTION_TYPES.find((type) => type.value === question.type)?.label ?? ''

/** What a question shows besides its title: type, 必答, condition, options or limits. */
function questionNote(question: Question, questions: readonly Question[]): string {
  const parts = [typeLabel(question)]
  if (question.required) parts.push('必答')
  if (question.options.length > 0) parts.push(question.options.join(' / '))
  if (question.min !== undefined || question.max !== undefined)
    parts.push(`${String(question.min ?? '')}～${String(question.max ?? '')}`)
  const condition = question.showIf
  if (condition) {
    const at = questions.findIndex((q) => q.id === condition.question)
    parts.push(`仅当第 ${String(at + 1)} 题选择“${condition.answer}”时显示`)
  }
  return parts.join(' · ')
}

/** A survey's 问卷: its questions, and 编辑问卷. */
export function QuestionnairePanel({ surveyId }: { surveyId: string }) {
  const { data: survey } = useRecord('survey', surveyId)
  const [editing, setEditing] = useState(false)
  const questions = survey?.questionnaire ?? []
  return (
    <>
      <PanelSection
        title="问卷"
        count={questions.length}
        empty="还没有问卷。走访时要问的问题可在这里设计，每次走访填写一份。"
        action={
          <Button size="small" startIcon={<EditIcon />} onClick={() => setEditing(true)}>
            编辑问卷
          </Button>
        }
      >
        <List dense disablePadding aria-label="问卷题目">
          {questions.map((question, index) => (
            <ListItem key={question.id} disableGutters>
              <ListItemText
                primary={`${String(index + 1)}. ${question.title}`}
                secondary={questionNote(question, questions)}
              />
            </ListItem>
          ))}
        </List>
        {questions.length > 0 && (
          <Box sx={{ mt: 1 }}>
            <Typography variant="body2" color="text.secondary">
              每次走访在走访记录的页面上填写问卷；统计结果见下方“调研统计”。
            </Typography>
          </Box>
        )}
      </PanelSection>
      {editing && survey && (
        <QuestionnaireEditor
          surveyId={surveyId}
          questions={questions}
          onClose={() => setEditing(false)}
        />
      )}
    </>
  )
}
