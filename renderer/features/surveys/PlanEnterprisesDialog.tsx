import {
  Alert,
  Autocomplete,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  Typography,
} from '@mui/material'
import { useState } from 'react'
import { KINDS } from '../../../shared/kinds'
import { encodeParty } from '../../../shared/kinds/parties'
import { plannedEnterpriseIds } from '../../../shared/surveys/visitProgress'
import type { FieldOption } from '../../../shared/kinds/types'
import { useNotify } from '../../components/Notifier'
import { useDataApi } from '../../data/api'
import { userMessage } from '../../data/errors'
import { useLiveData } from '../../data/hooks'

/** The 企业库 filters a plan is drawn up by: the enterprise list's own. */
const FILTER_FIELDS = ['district', 'industry', 'tags'] as const
type FilterField = (typeof FILTER_FIELDS)[number]

/** As many as a survey may plan (its field's limit). */
const MAX_PLANNED = 500

function optionsOf(field: FilterField): readonly FieldOption[] {
  const input = KINDS.enterprise.fields[field].input
  return input.type === 'select' || input.type === 'multiselect' ? input.options : []
}

interface Props {
  readonly surveyId: string
  readonly planned: readonly string[]
  readonly onClose: () => void
}

/**
 * 按条件添加: the enterprises of some districts, industries or tags added to the survey's
 * 计划走访企业 at once, after seeing how many match and how many are planned already.
 */
export function PlanEnterprisesDialog({ surveyId, planned, onClose }: Props) {
  const api = useDataApi()
  const notify = useNotify()
  const [filters, setFilters] = useState<Readonly<Record<FilterField, readonly string[]>>>({
    district: [],
    industry: [],
    tags: [],
  })
  const [failure, setFailure] = useState<string | null>(null)
  const chosen = Object.fromEntries(
    FILTER_FIELDS.filter((field) => filters[field].length > 0).map((f) => [f, filters[f]]),
  )
  const some = Object.keys(chosen).length > 0
  const { data: found, loading } = useLiveData(
    async (read) =>
      some
        ? read.listRecords('enterprise', {
            filters: chosen,
            sort: { field: 'name', direction: 'asc' },
            offset: 0,
            limit: MAX_PLANNED + 1,
          })
        : undefined,
    ['enterprise'],
    JSON.stringify(chosen),
  )
  const already = new Set(plannedEnterpriseIds(planned))
  const fresh = (found?.rows ?? []).filter((row) => !already.has(row.id))

  const add = async () => {
    const next = [
      ...planned,
      ...fresh.map((row) => encodeParty({ kind: 'enterprise', id: row.id })),
    ]
    if (next.length > MAX_PLANNED) {
      setFailure(`计划走访企业最多 ${String(MAX_PLANNED)} 家，请缩小条件`)
      return
    }
    try {
      await api.updateFields('survey', surveyId, { plannedEnterprises: next })
      notify({ message: `已加入计划走访企业 ${String(fresh.length)} 家` })
      onClose()
    } catch (error) {
      setFailure(userMessage(error))
    }
  }

  return (
    <Dialog open fullWidth maxWidth="sm" onClose={onClose}>
      <DialogTitle>按条件添加计划走访企业</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {failure && <Alert severity="error">{failure}</Alert>}
          {FILTER_FIELDS.map((field) => {
            const options = optionsOf(field)
            return (
              <Autocomplete
                key={field}
                multiple
                options={options.map((option) => option.value)}
                getOptionLabel={(value) => options.find((o) => o.value === value)?.label ?? value}
                value={[...filters[field]]}
                onChange={(_, values) => setFilters((all) => ({ ...all, [field]: values }))}
                renderInput={(params) => (
                  <TextField {...params} label={KINDS.enterprise.fields[field].label} />
                )}
              />
            )
          })}
          <Typography variant="body2" color="text.secondary" role="status">
            {!some
              ? '选择所属区、所属行业或企业标签（同一项内任一符合即可）。'
              : loading
                ? '正在查找…'
                : `符合条件的企业 ${found && found.total > MAX_PLANNED ? `超过 ${String(MAX_PLANNED)}` : String(found?.total ?? 0)} 家，其中 ${String(fresh.length)} 家尚未列入计划。`}
          </Typography>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>取消</Button>
        <Button
          variant="contained"
          disabled={fresh.length === 0 || (found?.total ?? 0) > MAX_PLANNED}
          onClick={() => void add()}
        >
          加入计划
        </Button>
      </DialogActions>
    </Dialog>
  )
}
