import { Link, Typography } from '@mui/material'
import { Link as RouterLink } from 'react-router'
import { textOf } from '../../../shared/kinds/display'
import { PanelSection } from '../../components/PanelSection'
import { useRecord } from '../../data/hooks'
import { recordPath } from '../../records/views'

/** The enterprise a visit was made to, as it is in 企业库 now (its name may have changed since). */
export function VisitEnterprisePanel({ visitId }: { visitId: string }) {
  const { data: visit } = useRecord('visit', visitId)
  const enterpriseId = textOf(visit?.enterprise)
  const { data: enterprise, loading } = useRecord('enterprise', enterpriseId || undefined)
  if (!visit || loading) return null
  return (
    <PanelSection title="走访企业">
      {enterprise && enterprise.deletedAt === undefined ? (
        <Typography variant="body2">
          <Link component={RouterLink} to={recordPath('enterprise', enterprise.id)}>
            {enterprise.name}
          </Link>
          {[enterprise.district, enterprise.industry].filter(Boolean).length > 0 &&
            `（${[enterprise.district, enterprise.industry].filter(Boolean).join('，')}）`}
        </Typography>
      ) : (
        <Typography variant="body2" color="text.secondary">
          这家企业已不在企业库中。
        </Typography>
      )}
    </PanelSection>
  )
}
