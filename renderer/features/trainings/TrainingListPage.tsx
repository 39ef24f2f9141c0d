import InsightsIcon from '@mui/icons-material/InsightsOutlined'
import { Button } from '@mui/material'
import { useState } from 'react'
import type { ListQuery } from '../../data/api'
import { ExportButton } from '../../records/excel/ExportButton'
import { KindListPage } from '../../records/KindListPage'
import { TrainingStatsDialog } from './TrainingStatsDialog'

/** 培训: the generic list with 导出, and 培训统计 of what the list shows. */
export function TrainingListPage() {
  const [stats, setStats] = useState<ListQuery | null>(null)
  return (
    <>
      <KindListPage
        kind="training"
        extraActions={({ query, total }) => (
          <>
            <Button variant="outlined" startIcon={<InsightsIcon />} onClick={() => setStats(query)}>
              培训统计
            </Button>
            <ExportButton kind="training" query={query} total={total} />
          </>
        )}
      />
      {stats && <TrainingStatsDialog query={stats} onClose={() => setStats(null)} />}
    </>
  )
}
