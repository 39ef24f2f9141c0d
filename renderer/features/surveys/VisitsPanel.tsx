import AddIcon from '@mui/icons-material/Add'
import PlaylistAddIcon from '@mui/icons-material/PlaylistAdd'
import { Box, Button, Chip, Stack, Typography } from '@mui/material'
import { useState } from 'react'
import { textOf } from '../../../shared/kinds/display'
import { visitProgress } from '../../../shared/surveys/visitProgress'
import { PanelSection } from '../../components/PanelSection'
import { useChildren, useRecord, useRecordsById } from '../../data/hooks'
import { RecordsTable } from '../../records/RecordsTable'
import { NewVisitDialog } from './NewVisitDialog'
import { PlanEnterprisesDialog } from './PlanEnterprisesDialog'

/**
 * A survey's 走访记录: how many are 草稿, 已完成, and which planned enterprises are not yet
 * visited (each with 走访 to start one), the visits themselves, 新增走访, and 按条件添加企业 to
 * the plan.
 */
export function VisitsPanel({ surveyId }: { surveyId: string }) {
  const { data: survey } = useRecord('survey', surveyId)
  const { data: visits = [] } = useChildren('visit', surveyId)
  const [starting, setStarting] = useState<{ enterpriseId?: string } | null>(null)
  const [planning, setPlanning] = useState(false)
  const progress = visitProgress(
    survey?.plannedEnterprises ?? [],
    visits.map((visit) => ({ enterprise: textOf(visit.enterprise), state: textOf(visit.state) })),
  )
  const names = useRecordsById('enterprise', progress.notVisited)

  return (
    <>
      <PanelSection
        title="走访记录"
        count={visits.length}
        action={
          <Stack direction="row" spacing={1}>
            <Button size="small" startIcon={<PlaylistAddIcon />} onClick={() => setPlanning(true)}>
              按条件添加企业
            </Button>
            <Button size="small" startIcon={<AddIcon />} onClick={() => setStarting({})}>
              新增走访
            </Button>
          </Stack>
        }
      >
        <Stack direction="row" spacing={1} sx={{ mb: 1.5 }} aria-label="走访进度">
          <Chip size="small" label={`草稿 ${String(progress.drafts)}`} color="warning" />
          <Chip size="small" label={`已完成 ${String(progress.done)}`} color="success" />
          <Chip size="small" label={`计划未走访 ${String(progress.notVisited.length)}`} />
        </Stack>
        {visits.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            还没有走访记录。
          </Typography>
        ) : (
          <RecordsTable kind="visit" rows={visits} columns={['visitedOn', 'visitors', 'state']} />
        )}
        {progress.notVisited.length > 0 && (
          <Box component="section" aria-label="计划未走访的企业" sx={{ mt: 2 }}>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              计划走访、尚未走访的企业：
            </Typography>
            <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
              {progress.notVisited.map((id) => (
                <Chip
                  key={id}
                  variant="outlined"
                  label={`走访 ${names.get(id)?.name ?? '…'}`}
                  onClick={() => setStarting({ enterpriseId: id })}
                />
              ))}
            </Stack>
          </Box>
        )}
      </PanelSection>
      {planning && survey && (
        <PlanEnterprisesDialog
          surveyId={surveyId}
          planned={survey.plannedEnterprises}
          onClose={() => setPlanning(false)}
        />
      )}
      {starting && (
        <NewVisitDialog
          surveyId={surveyId}
          {...(starting.enterpriseId ? { enterpriseId: starting.enterpriseId } : {})}
          onClose={() => setStarting(null)}
        />
      )}
    </>
  )
}
