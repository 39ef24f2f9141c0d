import DescriptionIcon from '@mui/icons-material/DescriptionOutlined'
import { Button } from '@mui/material'
import { Link as RouterLink, useSearchParams } from 'react-router'
import { listReportsOf } from '../../../shared/generators'
import type { KindName } from '../../../shared/kinds'
import { listReportPath } from './generatorPaths'

/**
 * One button per document the kind's list produces (生成督办事项清单); each opens the 公文 editor
 * on what the list shows now, with its search, filters and periods.
 */
export function ListReportButtons({ kind }: { kind: KindName }) {
  const [params] = useSearchParams()
  return listReportsOf(kind).map((report) => (
    <Button
      key={report.id}
      variant="outlined"
      startIcon={<DescriptionIcon />}
      component={RouterLink}
      to={listReportPath(report.id, params)}
    >
      {report.label}
    </Button>
  ))
}
