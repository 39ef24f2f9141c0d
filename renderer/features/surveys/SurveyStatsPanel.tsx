import {
  Box,
  Grid,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material'
import { useMemo } from 'react'
import { textOf } from '../../../shared/kinds/display'
import type { Answers } from '../../../shared/surveys/questionnaire'
import {
  questionnaireResults,
  type QuestionResult,
} from '../../../shared/surveys/questionnaireResults'
import { barChartHeight, barChartOption } from '../../../shared/charts/barChart'
import type { CountItem } from '../../../shared/charts/counts'
import { visitsByPlace } from '../../../shared/surveys/surveyCharts'
import { Chart } from '../../components/Chart'
import { PanelSection } from '../../components/PanelSection'
import { useChildren, useRecord, useRecordsById } from '../../data/hooks'

function CountChart({ title, items }: { title: string; items: readonly CountItem[] }) {
  const option = useMemo(() => barChartOption(items, { title }), [title, items])
  return <Chart option={option} label={title} height={barChartHeight(items.length)} />
}

function ResultView({ result, index }: { result: QuestionResult; index: number }) {
  const title = `${String(index + 1)}. ${result.question.title}`
  const items = useMemo(
    () =>
      result.type === 'single' || result.type === 'multiple'
        ? result.options.map((o) => ({ label: o.option, count: o.count }))
        : [],
    [result],
  )
  return (
    <Box component="section" aria-label={`第 ${String(index + 1)} 题结果`}>
      <Typography variant="subtitle2">{title}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        回答 {result.answered} 份
      </Typography>
      {(result.type === 'single' || result.type === 'multiple') && (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 5 }}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>选项</TableCell>
                  <TableCell align="right">次数</TableCell>
                  <TableCell align="right">占比</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {result.options.map((option) => (
                  <TableRow key={option.option}>
                    <TableCell>{option.option}</TableCell>
                    <TableCell align="right">{option.count}</TableCell>
                    <TableCell align="right">{option.percent}%</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Grid>
          {result.type === 'single' && (
            <Grid size={{ xs: 12, md: 7 }}>
              <CountChart title={result.question.title} items={items} />
            </Grid>
          )}
        </Grid>
      )}
      {result.type === 'number' && (
        <Typography variant="body2">
          合计 {result.sum}，平均 {result.average}，最小 {result.min}，最大 {result.max}
        </Typography>
      )}
      {result.type === 'date' && result.answered > 0 && (
        <Typography variant="body2">
          最早 {result.earliest}，最晚 {result.latest}
        </Typography>
      )}
      {result.type === 'text' && (
        <Stack component="ul" sx={{ m: 0, pl: 2.5 }}>
          {result.texts.map((text, at) => (
            <Typography component="li" variant="body2" key={`${String(at)}:${text}`}>
              {text}
            </Typography>
          ))}
        </Stack>
      )}
    </Box>
  )
}

/**
 * 调研统计: the visited enterprises by district and by industry, and the questionnaire's
 * results (counts and shares per option, a chart for each single choice, sums and averages).
 */
export function SurveyStatsPanel({ surveyId }: { surveyId: string }) {
  const { data: survey } = useRecord('survey', surveyId)
  const { data: visits = [] } = useChildren('visit', surveyId)
  const enterprises = useRecordsById(
    'enterprise',
    visits.map((visit) => textOf(visit.enterprise)),
  )
  const { byDistrict, byIndustry } = useMemo(
    () => visitsByPlace(visits.map((v) => enterprises.get(textOf(v.enterprise)))),
    [visits, enterprises],
  )
  const results = useMemo(
    () =>
      questionnaireResults(
        survey?.questionnaire ?? [],
        visits.map((visit) => (visit.answers ?? {}) as Answers),
      ),
    [survey, visits],
  )
  if (visits.length === 0) return null
  return (
    <PanelSection title="调研统计">
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <CountChart title="走访企业按区分布" items={byDistrict} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <CountChart title="走访企业按行业分布" items={byIndustry} />
        </Grid>
      </Grid>
      {results.length > 0 && (
        <Stack spacing={3} sx={{ mt: 3 }}>
          <Typography variant="subtitle1">问卷结果</Typography>
          {results.map((result, index) => (
            <ResultView key={result.question.id} result={result} index={index} />
          ))}
        </Stack>
      )}
    </PanelSection>
  )
}
