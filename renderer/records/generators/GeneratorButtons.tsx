import DescriptionIcon from '@mui/icons-material/DescriptionOutlined'
import { Button } from '@mui/material'
import { Link as RouterLink } from 'react-router'
import { generatorsOf } from '../../../shared/generators'
import type { KindName } from '../../../shared/kinds'
import { generatedDocumentPath } from './generatorPaths'

/** One button per document the kind produces; each opens the 公文 editor prefilled. */
export function GeneratorButtons({ kind, id }: { kind: KindName; id: string }) {
  return generatorsOf(kind).map((generator) => (
    <Button
      key={generator.id}
      variant="outlined"
      startIcon={<DescriptionIcon />}
      component={RouterLink}
      to={generatedDocumentPath(generator.id, id)}
    >
      {generator.label}
    </Button>
  ))
}
