import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Link,
  Stack,
  Typography,
} from '@mui/material'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { KINDS } from '../../../shared/kinds'
import { useDataApi } from '../../data/api'
import { userMessage } from '../../data/errors'
import { DateInput } from '../../records/form/DateInput'
import { KindForm } from '../../records/form/KindForm'
import { ReferenceInput } from '../../records/form/ReferenceInput'
import { editPath } from '../../records/views'

interface Props {
  readonly surveyId: string
  /** A planned enterprise the visit is for (走访 beside its name), or none to choose. */
  readonly enterpriseId?: string
  readonly onClose: () => void
}

/**
 * 新增走访: which enterprise (from 企业库, or added there on the spot with the same form and
 * checks) and when; the visit is then written as a 草稿 and its screen opened for the notes.
 */
export function NewVisitDialog({ surveyId, enterpriseId = '', onClose }: Props) {
  const api = useDataApi()
  const navigate = useNavigate()
  const [enterprise, setEnterprise] = useState(enterpriseId)
  const [visitedOn, setVisitedOn] = useState(dayjs().format('YYYY-MM-DD'))
  const [creating, setCreating] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const start = async () => {
    if (enterprise === '') {
      setError('请选择走访的企业，或在企业库中新建')
      return
    }
    setBusy(true)
    try {
      const found = await api.getRecord('enterprise', enterprise)
      if (!found) throw new Error('所选企业不存在或已被删除')
      const visit = await api.addChild('visit', surveyId, {
        ...KINDS.visit.empty(),
        enterprise,
        enterpriseName: found.name,
        visitedOn,
      })
      void navigate(editPath('visit', visit.id))
    } catch (failure) {
      setError(userMessage(failure))
      setBusy(false)
    }
  }

  if (creating) {
    return (
      <Dialog open fullWidth maxWidth="md">
        <DialogTitle>新建企业</DialogTitle>
        <DialogContent sx={{ bgcolor: 'grey.50', pt: '8px !important' }}>
          <KindForm
            kind={KINDS.enterprise}
            draftScope={`visit:${surveyId}`}
            initial={KINDS.enterprise.empty()}
            onCancel={() => setCreating(false)}
            onSave={async (values) => {
              const saved = await api.createRecord('enterprise', values)
              setEnterprise(saved.id)
              setError(null)
              setCreating(false)
            }}
          />
        </DialogContent>
      </Dialog>
    )
  }

  return (
    <Dialog open fullWidth maxWidth="sm" onClose={busy ? undefined : onClose}>
      <DialogTitle>新增走访</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {error && <Alert severity="error">{error}</Alert>}
          <ReferenceInput
            kind="enterprise"
            label="走访企业"
            required
            value={enterprise}
            onChange={(id) => {
              setEnterprise(id)
              setError(null)
            }}
          />
          <Typography variant="body2" color="text.secondary">
            企业库中没有这家企业？
            <Link component="button" type="button" onClick={() => setCreating(true)}>
              新建企业
            </Link>
          </Typography>
          <DateInput
            name="visitedOn"
            label="走访日期"
            required
            withTime={false}
            value={visitedOn}
            onChange={setVisitedOn}
            onBlur={() => undefined}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          取消
        </Button>
        <Button variant="contained" onClick={() => void start()} disabled={busy}>
          开始记录
        </Button>
      </DialogActions>
    </Dialog>
  )
}
