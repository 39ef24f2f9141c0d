import AddIcon from '@mui/icons-material/Add'
import {
  Alert,
  Box,
  Button,
  Card,
  CardActionArea,
  CardContent,
  Grid,
  Link,
  Paper,
  Stack,
  Typography,
} from '@mui/material'
import { Link as RouterLink } from 'react-router'
import { KINDS, type KindName } from '../../../shared/kinds'
import { DISTRICTS } from '../../../shared/reference/districts'
import { listPath, navigatedViews, newPath } from '../../records/views'
import { PageHeader } from '../../components/PageHeader'
import { useLiveData, useRecordCount } from '../../data/hooks'
import { useSettings } from '../../data/SettingsContext'
import { BackupReminder } from './BackupReminder'
import { StorageReminder } from './StorageReminder'
import { RecentChanges } from './RecentChanges'
import { UpcomingMeetings } from './UpcomingMeetings'
import { DeadlinesPanel } from '../../records/workflow/DeadlinesPanel'

function CountCard({ kind }: { kind: KindName }) {
  const count = useRecordCount(kind)
  const definition = KINDS[kind]
  return (
    <Card variant="outlined">
      <CardActionArea component={RouterLink} to={listPath(kind)}>
        <CardContent>
          <Typography color="text.secondary" variant="body2" noWrap>
            {definition.title}
          </Typography>
          <Typography
            variant="h4"
            component="p"
            sx={{ fontWeight: 600, mt: 0.5 }}
            aria-label={`${definition.title}数量`}
          >
            {count === undefined ? '—' : count.toLocaleString('zh-CN')}
          </Typography>
        </CardContent>
      </CardActionArea>
    </Card>
  )
}

function DistributionBar({
  label,
  count,
  max,
  to,
}: {
  label: string
  count: number
  max: number
  to?: string
}) {
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      {to ? (
        <Link
          component={RouterLink}
          to={to}
          underline="hover"
          sx={{ width: 72, fontSize: 13, flexShrink: 0 }}
        >
          {label}
        </Link>
      ) : (
        <Typography color="text.secondary" sx={{ width: 72, fontSize: 13, flexShrink: 0 }}>
          {label}
        </Typography>
      )}
      <Box sx={{ flex: 1, bgcolor: '#eef2f7', borderRadius: 0.5, height: 10 }}>
        <Box
          sx={{
            width: `${(count / max) * 100}%`,
            bgcolor: to ? 'primary.main' : 'text.disabled',
            opacity: 0.75,
            height: '100%',
            borderRadius: 0.5,
          }}
        />
      </Box>
      <Typography
        variant="body2"
        aria-label={`${label}企业数`}
        sx={{ width: 48, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}
      >
        {count}
      </Typography>
    </Stack>
  )
}

/** Enterprises per district in the official order, and those without a district (未填写). */
function DistrictDistribution() {
  const distribution = useLiveData(
    (api) => api.countByValues('enterprise', 'district', DISTRICTS),
    ['enterprise'],
    'districts',
  ).data
  const unfilled = distribution?.others ?? 0
  const max = Math.max(1, unfilled, ...(distribution ? distribution.counts.values() : []))
  return (
    <Paper variant="outlined" sx={{ p: 2.5, height: '100%' }}>
      <Typography variant="subtitle1" sx={{ mb: 1.5 }}>
        企业按区分布
      </Typography>
      <Stack spacing={0.75}>
        {DISTRICTS.map((district) => (
          <DistributionBar
            key={district}
            label={district}
            count={distribution?.counts.get(district) ?? 0}
            max={max}
            to={`${listPath('enterprise')}?district=${encodeURIComponent(district)}`}
          />
        ))}
        <DistributionBar label="未填写" count={unfilled} max={max} />
      </Stack>
    </Paper>
  )
}

export function DashboardPage() {
  const { settings } = useSettings()
  const enterprises = useRecordCount('enterprise')
  return (
    <>
      <PageHeader
        title="工作台"
        subtitle={settings.userName ? `${settings.userName}，您好` : '欢迎使用协知'}
        actions={
          <>
            <Button
              variant="contained"
              startIcon={<AddIcon />}
              component={RouterLink}
              to={newPath('enterprise')}
            >
              新建企业
            </Button>
            <Button
              variant="outlined"
              startIcon={<AddIcon />}
              component={RouterLink}
              to={newPath('contact')}
            >
              新建联系人
            </Button>
          </>
        }
      />
      <Stack spacing={2}>
        {!settings.userName && (
          <Alert
            severity="info"
            action={
              <Button component={RouterLink} to="/settings">
                去设置
              </Button>
            }
          >
            请先在设置中填写您的姓名和本单位：每次修改都会记下操作人。
          </Alert>
        )}
        {enterprises === 0 && (
          <Alert severity="info">
            企业库还是空的：可以新建企业、从 Excel 导入，或在
            <Link component={RouterLink} to="/settings">
              设置
            </Link>
            中加载示例数据先试用。
          </Alert>
        )}
        <StorageReminder />
        {enterprises !== undefined && enterprises > 0 && <BackupReminder />}
        {/* As many cards a row as fit without breaking a module's name (15 modules by now). */}
        <Box
          sx={{
            display: 'grid',
            gap: 2,
            gridTemplateColumns: 'repeat(auto-fill, minmax(120px, 1fr))',
          }}
        >
          {navigatedViews().map(({ kind }) => (
            <CountCard key={kind} kind={kind} />
          ))}
        </Box>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 7 }}>
            <Stack spacing={2}>
              <DeadlinesPanel />
              <RecentChanges />
            </Stack>
          </Grid>
          <Grid size={{ xs: 12, md: 5 }}>
            <Stack spacing={2}>
              <UpcomingMeetings />
              <DistrictDistribution />
            </Stack>
          </Grid>
        </Grid>
      </Stack>
    </>
  )
}
