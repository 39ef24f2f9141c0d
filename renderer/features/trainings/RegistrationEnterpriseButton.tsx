import { Button } from '@mui/material'
import { Link as RouterLink } from 'react-router'
import { textOf } from '../../../shared/kinds/display'
import { useNotify } from '../../components/Notifier'
import { useDataApi } from '../../data/api'
import { userMessage } from '../../data/errors'
import { useLiveData } from '../../data/hooks'
import { newReferredPath } from '../../records/referring'

/**
 * A 报名 whose unit is not linked to 企业库: 关联企业库 when an enterprise of exactly that name is
 * there, else 加入企业库 (a new enterprise named after the unit, linked to the 报名 once saved).
 */
export function RegistrationEnterpriseButton({
  registration,
}: {
  registration: Readonly<Record<string, unknown>> & { readonly id: string }
}) {
  const api = useDataApi()
  const notify = useNotify()
  const unit = textOf(registration.unit).trim()
  const linked = textOf(registration.enterprise) !== ''
  const { data: namesake } = useLiveData(
    async (data) =>
      linked || unit === ''
        ? undefined
        : (await data.recordsWhere('enterprise', 'name', unit, 1))[0],
    ['enterprise'],
    linked ? '' : unit,
  )
  if (linked || unit === '') return null
  const name = textOf(registration.name)
  if (namesake) {
    const link = async () => {
      try {
        await api.updateFields('registration', registration.id, { enterprise: namesake.id })
        notify({ message: `已将“${name}”关联到企业库中的“${unit}”` })
      } catch (error) {
        notify({ message: userMessage(error), severity: 'error' })
      }
    }
    return (
      <Button size="small" onClick={() => void link()} aria-label={`将 ${name} 关联企业库`}>
        关联企业库
      </Button>
    )
  }
  return (
    <Button
      size="small"
      component={RouterLink}
      to={newReferredPath(
        'enterprise',
        { kind: 'registration', id: registration.id, field: 'enterprise' },
        { name: unit },
      )}
      aria-label={`将 ${name} 的单位加入企业库`}
    >
      加入企业库
    </Button>
  )
}
