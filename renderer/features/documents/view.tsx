import DescriptionIcon from '@mui/icons-material/DescriptionOutlined'
import type { KindView } from '../../records/views'
import { DOCUMENTS_PATH } from './paths'

const editor = async () => {
  const { DocumentEditorPage } = await import('./DocumentEditorPage')
  return { element: <DocumentEditorPage /> }
}

/**
 * 公文 has its own screens: the register (its list) and one editor for new and existing documents
 * (the same element, so the URL can change from new to the created id without remounting).
 */
export const documentView: KindView = {
  kind: 'document',
  path: DOCUMENTS_PATH,
  countUnit: '份',
  nav: { label: '公文', icon: DescriptionIcon, group: '公文办理' },
  searchPlaceholder: '标题或发文字号',
  // The 发文登记 has no search box.
  listTakesSearch: false,
  routes: [
    {
      path: DOCUMENTS_PATH.slice(1),
      lazy: async () => {
        const { DocumentRegisterPage } = await import('./DocumentRegisterPage')
        return { element: <DocumentRegisterPage /> }
      },
    },
    { path: `${DOCUMENTS_PATH.slice(1)}/:id`, lazy: editor },
    { path: `${DOCUMENTS_PATH.slice(1)}/:id/edit`, lazy: editor },
  ],
}
