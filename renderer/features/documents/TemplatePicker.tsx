import DescriptionIcon from '@mui/icons-material/DescriptionOutlined'
import { Card, CardActionArea, CardContent, Grid, Stack, Typography } from '@mui/material'
import { Link as RouterLink } from 'react-router'
import { TEMPLATES } from '../../../shared/documents/templates'
import { PageHeader } from '../../components/PageHeader'
import { DOCUMENTS_PATH, editorPath } from './paths'

interface Props {
  /** Writing the document of a reserved number: the picked template opens on that entry. */
  readonly entryId?: string
  readonly documentNumber?: string
}

/** 新建公文: choose what kind of document to start from. */
export function TemplatePicker({ entryId, documentNumber }: Props) {
  return (
    <>
      <PageHeader
        title={documentNumber ? `撰写 ${documentNumber}` : '新建公文'}
        crumbs={[{ label: '公文', to: DOCUMENTS_PATH }]}
        subtitle="选择文种，从范本开始撰写；各项内容均可修改"
      />
      <Grid container spacing={2}>
        {TEMPLATES.map((template) => (
          <Grid key={template.id} size={{ xs: 12, sm: 6, md: 4, lg: 2.4 }}>
            <Card variant="outlined" sx={{ height: '100%' }}>
              <CardActionArea
                component={RouterLink}
                to={`${editorPath(entryId)}?template=${template.id}`}
                sx={{ height: '100%' }}
              >
                <CardContent>
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
                    <DescriptionIcon color="primary" />
                    <Typography variant="h6" component="h2">
                      {template.label}
                    </Typography>
                  </Stack>
                  <Typography variant="body2" color="text.secondary">
                    {template.description}
                  </Typography>
                </CardContent>
              </CardActionArea>
            </Card>
          </Grid>
        ))}
      </Grid>
    </>
  )
}
