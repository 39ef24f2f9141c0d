import AddIcon from '@mui/icons-material/Add'
import {
  Button,
  Link,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material'
import { Link as RouterLink } from 'react-router'
import { newPath, recordPath } from '../../records/views'
import { useLiveData } from '../../data/hooks'

/** The contacts who work at an organisation, on its detail page. */
export function OrgContactsPanel({ orgId }: { orgId: string }) {
  const { data } = useLiveData(
    (api) =>
      api.listRecords('contact', {
        offset: 0,
        limit: 200,
        filters: { orgId: [orgId] },
        sort: { field: 'name', direction: 'asc' },
      }),
    ['contact'],
    orgId,
  )
  const rows = data?.rows ?? []
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
        <Typography variant="subtitle1">联系人（{data?.total ?? 0}）</Typography>
        <Button
          size="small"
          startIcon={<AddIcon />}
          component={RouterLink}
          to={`${newPath('contact')}?orgId=${orgId}`}
        >
          新建联系人
        </Button>
      </Stack>
      {rows.length === 0 ? (
        <Typography color="text.secondary" variant="body2">
          暂无联系人
        </Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>姓名</TableCell>
              <TableCell>部门</TableCell>
              <TableCell>职务</TableCell>
              <TableCell>电话</TableCell>
              <TableCell>手机</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((contact) => (
              <TableRow key={contact.id} hover>
                <TableCell>
                  <Link component={RouterLink} to={recordPath('contact', contact.id)}>
                    {contact.name}
                  </Link>
                </TableCell>
                <TableCell>{contact.department}</TableCell>
                <TableCell>{contact.title}</TableCell>
                <TableCell>{contact.phone}</TableCell>
                <TableCell>{contact.mobile}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  )
}
