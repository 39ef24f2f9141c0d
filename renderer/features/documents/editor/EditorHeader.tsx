import OpenInNewIcon from '@mui/icons-material/OpenInNew'
import PrintIcon from '@mui/icons-material/PrintOutlined'
import SaveIcon from '@mui/icons-material/SaveOutlined'
import WordIcon from '@mui/icons-material/FileDownloadOutlined'
import { Button, Chip, Stack, Tooltip } from '@mui/material'
import { REGISTER_STATUS_LABELS } from '../../../../shared/documents/register'
import { PageHeader } from '../../../components/PageHeader'
import type { DocumentRow } from '../../../data/documentRegister'
import { isElectron } from '../../../shell'
import type { DocumentDraft } from '../draft/documentDraft'
import { DOCUMENTS_PATH } from '../paths'
import type { useDocumentActions } from './useDocumentActions'

interface Props {
  readonly draft: DocumentDraft
  readonly entry: DocumentRow | undefined
  readonly dirty: boolean
  readonly valid: boolean
  readonly actions: ReturnType<typeof useDocumentActions>
}

function openTooltip(savedFileName: string | undefined): string {
  if (!isElectron) return '浏览器中无法直接打开文件，请在浏览器的下载列表中打开已保存的 Word 文件'
  if (!savedFileName) return '先“保存为 Word”，再用 WPS 或 Word 打开'
  return `用 WPS 或 Word 打开 ${savedFileName}`
}

/** Title, register status and the commands: 保存, 保存为 Word, 打开, 打印. */
export function EditorHeader({ draft, entry, dirty, valid, actions }: Props) {
  const status = entry ? REGISTER_STATUS_LABELS[entry.status] : '未登记'
  return (
    <PageHeader
      title={entry ? '编辑公文' : '新建公文'}
      crumbs={[{ label: '公文', to: DOCUMENTS_PATH }]}
      subtitle={
        <Stack direction="row" spacing={1} component="span" sx={{ alignItems: 'center' }}>
          <Chip
            component="span"
            size="small"
            label={status}
            color={entry?.status === 'used' ? 'success' : 'default'}
            aria-label={`登记状态：${status}`}
          />
          <span>{entry?.documentNumber || draft.documentNumber || '尚无发文字号'}</span>
          {dirty && (
            <Chip
              component="span"
              size="small"
              variant="outlined"
              color="warning"
              label="有未保存的修改"
            />
          )}
        </Stack>
      }
      actions={
        <>
          <Tooltip title="保存到发文登记（Ctrl+S），可随时回来继续编辑">
            <span>
              <Button
                variant="outlined"
                startIcon={<SaveIcon />}
                disabled={actions.busy !== null}
                onClick={() => void actions.save()}
              >
                保存
              </Button>
            </span>
          </Tooltip>
          <Tooltip
            title={valid ? '生成 .docx 文件并登记为已用' : '文档有问题，改正后才能保存为 Word'}
          >
            <span>
              <Button
                variant="contained"
                startIcon={<WordIcon />}
                sx={{ textTransform: 'none' }}
                disabled={actions.busy !== null}
                onClick={() => void actions.saveAsWord()}
              >
                {actions.busy === 'word' ? '正在生成…' : '保存为 Word'}
              </Button>
            </span>
          </Tooltip>
          <Tooltip title={openTooltip(actions.savedFile?.fileName)}>
            <span>
              <Button
                variant="outlined"
                startIcon={<OpenInNewIcon />}
                disabled={!actions.canOpen || actions.busy !== null}
                onClick={() => void actions.open()}
              >
                打开
              </Button>
            </span>
          </Tooltip>
          <Tooltip title={valid ? '打印预览中的页面' : '文档有问题，改正后才能打印'}>
            <span>
              <Button
                variant="outlined"
                startIcon={<PrintIcon />}
                disabled={!valid || actions.busy !== null}
                onClick={() => void actions.print()}
              >
                打印
              </Button>
            </span>
          </Tooltip>
        </>
      }
    />
  )
}
