import {
  Alert,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
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
import { barChartHeight, barChartOption } from '../../../shared/charts/barChart'
import type { ReachLine } from '../../../shared/trainings/trainingReach'
import { Chart } from '../../components/Chart'
import type { ListQuery } from '../../data/api'
import { userMessage } from '../../data/errors'
import { useTrainingReach } from './useTrainingReach'

function ReachTable({
  title,
  by,
  lines,
}: {
  title: string
  by: string
  lines: readonly ReachLine[]
}) {
  return (
    <Stack component="section" aria-label={title} spacing={1}>
      <Typography variant="subtitle2">{title}</Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{by}</TableCell>
            <TableCell align="right">培训（期）</TableCell>
            <TableCell align="right">参训（人次）</TableCell>
            <TableCell align="right">企业（家）</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((line) => (
            <TableRow key={line.label}>
              <TableCell>{line.label}</TableCell>
              <TableCell align="right">{line.trainings}</TableCell>
              <TableCell align="right">{line.attendances}</TableCell>
              <TableCell align="right">{line.enterprises}</TableCell>
            </TableRow>
          ))}
          {lines.length === 0 && (
            <TableRow>
              <TableCell colSpan={4}>暂无数据</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </Stack>
  )
}

/**
 * 培训统计 of the trainings the list shows (narrow it by 培训类型, 时间段 or 主办单位 first): how
 * many trainings, attendances, people and enterprises, by 培训类型, 所属区 and month.
 */
export function TrainingStatsDialog({ query, onClose }: { query: ListQuery; onClose: () => void }) {
  const { data, error, loading } = useTrainingReach(query)
  const reach = data?.reach
  const districtChart = useMemo(
    () =>
      barChartOption(
        (reach?.byDistrict ?? []).map((line) => ({ label: line.label, count: line.attendances })),
        { title: '参训人次（按所属区）' },
      ),
    [reach],
  )
  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="training-stats-title">
      <DialogTitle id="training-stats-title">培训统计</DialogTitle>
      <DialogContent>
        {error && <Alert severity="error">{userMessage(error)}</Alert>}
        {loading && !data && <Typography color="text.secondary">正在统计…</Typography>}
        {data && reach && (
          <Stack spacing={3}>
            <Typography variant="body2" color="text.secondary">
              统计列表当前筛选出的培训；先按培训类型、时间段或主办单位筛选列表，即可统计相应范围。只计已签到的学员。
            </Typography>
            {data.matched > data.counted && (
              <Alert severity="warning">
                列表有 {data.matched} 期培训，只统计了前 {data.counted} 期，请缩小时间段
              </Alert>
            )}
            <Stack direction="row" spacing={1} aria-label="统计合计" sx={{ flexWrap: 'wrap' }}>
              <Chip label={`培训 ${String(reach.total.trainings)} 期`} />
              <Chip label={`报名 ${String(reach.total.registered)} 人次`} />
              <Chip color="success" label={`参训 ${String(reach.total.attendances)} 人次`} />
              <Chip label={`覆盖 ${String(reach.total.persons)} 人`} />
              <Chip label={`覆盖企业 ${String(reach.total.enterprises)} 家`} />
            </Stack>
            <Grid container spacing={3}>
              <Grid size={{ xs: 12, md: 6 }}>
                <Stack spacing={3}>
                  <ReachTable title="按培训类型" by="培训类型" lines={reach.byType} />
                  <ReachTable title="按月份" by="月份" lines={reach.byMonth} />
                </Stack>
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <Stack spacing={3}>
                  <ReachTable title="按所属区" by="所属区" lines={reach.byDistrict} />
                  {reach.byDistrict.length > 0 && (
                    <Chart
                      option={districtChart}
                      label="参训人次（按所属区）"
                      height={barChartHeight(reach.byDistrict.length)}
                    />
                  )}
                </Stack>
              </Grid>
            </Grid>
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>关闭</Button>
      </DialogActions>
    </Dialog>
  )
}
