import {
  Alert,
  Button,
  Chip,
  List,
  ListItem,
  ListItemText,
  Stack,
  TextField,
  Typography,
} from '@mui/material'
import { useState, type KeyboardEvent, type SyntheticEvent } from 'react'
import UploadFileIcon from '@mui/icons-material/UploadFile'
import { SIGNED_IN } from '../../../shared/kinds/training'
import { PanelSection } from '../../components/PanelSection'
import { ImportDialog } from '../../records/excel/ImportDialog'
import { useNotify } from '../../components/Notifier'
import { useDataApi, type StoredRow } from '../../data/api'
import { userMessage } from '../../data/errors'
import { useRecord } from '../../data/hooks'
import {
  enterTarget,
  MIN_QUERY,
  registrantOf,
  signInMatches,
  type Registrant,
} from './signInMatches'

/**
 * 签到 at the door, and 导入报名表 (an .xlsx of 报名回执, checked row by row): type two characters of a name or unit, Enter signs in the one match; those
 * not registered are added on the spot (现场报名) and signed in at once.
 */
export function SignInPanel({
  trainingId,
  registrations,
}: {
  trainingId: string
  /** The training's 报名, in order, live. */
  registrations: readonly StoredRow[]
}) {
  const api = useDataApi()
  const notify = useNotify()
  const { data: training } = useRecord('training', trainingId)
  const registrants = registrations.map(registrantOf)
  const [query, setQuery] = useState('')
  const [failure, setFailure] = useState<string | null>(null)
  const [walkIn, setWalkIn] = useState({ name: '', unit: '' })
  const [importing, setImporting] = useState(false)
  const matches = signInMatches(registrants, query)
  const signedIn = registrants.filter((r) => r.attended).length
  const capacity = training?.capacity ?? 0

  const setAttended = async (registrant: Registrant, attended: boolean) => {
    try {
      await api.updateFields('registration', registrant.id, { attended: attended ? SIGNED_IN : '' })
      setFailure(null)
      notify({
        message: attended ? `${registrant.name} 已签到` : `已撤销 ${registrant.name} 的签到`,
      })
      if (attended) setQuery('')
    } catch (error) {
      setFailure(userMessage(error))
    }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return
    event.preventDefault()
    const target = enterTarget(matches)
    if ('sign' in target) void setAttended(target.sign, true)
    else notify({ message: target.message, severity: 'warning' })
  }

  const addWalkIn = async (event: SyntheticEvent) => {
    event.preventDefault()
    if (walkIn.name.trim() === '') {
      setFailure('请填写现场报名人员的姓名')
      return
    }
    try {
      await api.addChild('registration', trainingId, {
        name: walkIn.name,
        unit: walkIn.unit,
        source: '现场',
        attended: SIGNED_IN,
      })
      setFailure(null)
      notify({ message: `${walkIn.name.trim()} 现场报名并已签到` })
      setWalkIn({ name: '', unit: '' })
    } catch (error) {
      setFailure(userMessage(error))
    }
  }

  return (
    <PanelSection
      title="签到"
      action={
        <Button size="small" startIcon={<UploadFileIcon />} onClick={() => setImporting(true)}>
          导入报名表
        </Button>
      }
    >
      <ImportDialog
        kind="registration"
        parentId={trainingId}
        open={importing}
        onClose={() => setImporting(false)}
      />
      <Stack spacing={2}>
        <Stack direction="row" spacing={1} aria-label="签到情况">
          <Chip label={`报名 ${String(registrants.length)} 人`} />
          <Chip color="success" label={`已签到 ${String(signedIn)} 人`} />
          <Chip label={`未到 ${String(registrants.length - signedIn)} 人`} />
          {capacity > 0 && <Chip variant="outlined" label={`名额 ${String(capacity)}`} />}
        </Stack>
        {capacity > 0 && registrants.length > capacity && (
          <Alert severity="warning">
            报名 {registrants.length} 人，超过名额 {capacity} 人
          </Alert>
        )}
        <TextField
          label="签到查找"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          helperText={`输入姓名或单位的 ${String(MIN_QUERY)} 个字，按 Enter 为唯一匹配的人签到`}
          slotProps={{ htmlInput: { onKeyDown } }}
          autoComplete="off"
        />
        {matches.length > 0 && (
          <List dense aria-label="签到匹配" sx={{ py: 0 }}>
            {matches.map((registrant) => (
              <ListItem
                key={registrant.id}
                secondaryAction={
                  registrant.attended ? (
                    <Button size="small" onClick={() => void setAttended(registrant, false)}>
                      撤销签到
                    </Button>
                  ) : (
                    <Button
                      size="small"
                      variant="contained"
                      onClick={() => void setAttended(registrant, true)}
                      aria-label={`为 ${registrant.name} 签到`}
                    >
                      签到
                    </Button>
                  )
                }
              >
                <ListItemText
                  primary={`${registrant.name}${registrant.attended ? '（已签到）' : ''}`}
                  secondary={[registrant.unit, registrant.title].filter(Boolean).join(' · ')}
                />
              </ListItem>
            ))}
          </List>
        )}
        <Stack
          component="form"
          direction="row"
          spacing={1}
          onSubmit={(event) => void addWalkIn(event)}
          aria-label="现场报名"
          sx={{ alignItems: 'flex-start' }}
        >
          <Typography variant="body2" color="text.secondary" sx={{ pt: 1, flexShrink: 0 }}>
            现场报名
          </Typography>
          <TextField
            size="small"
            label="姓名"
            value={walkIn.name}
            onChange={(event) => setWalkIn({ ...walkIn, name: event.target.value })}
            sx={{ width: 160, flexShrink: 0 }}
          />
          <TextField
            size="small"
            label="单位"
            value={walkIn.unit}
            onChange={(event) => setWalkIn({ ...walkIn, unit: event.target.value })}
            sx={{ flex: 1, minWidth: 200 }}
          />
          <Button type="submit" variant="outlined" sx={{ flexShrink: 0, whiteSpace: 'nowrap' }}>
            添加并签到
          </Button>
        </Stack>
        {failure && <Alert severity="error">{failure}</Alert>}
      </Stack>
    </PanelSection>
  )
}
