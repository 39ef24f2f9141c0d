import FileOpenIcon from '@mui/icons-material/FileOpenOutlined'
import FileUploadIcon from '@mui/icons-material/FileUploadOutlined'
import OpenInNewIcon from '@mui/icons-material/OpenInNew'
import PrintIcon from '@mui/icons-material/PrintOutlined'
import SaveIcon from '@mui/icons-material/SaveOutlined'
import WordIcon from '@mui/icons-material/FileDownloadOutlined'
import { Button, Chip, Stack, Tooltip } from '@mui/material'
import { entryState, entryStateLabel } from '../../../../shared/documents/register'
import { PageHeader } from '../../../components/PageHeader'
import { isElectron } from '../../../shell'
import type { DocumentDraft } from '../draft/documentDraft'
import { DOCUMENTS_PATH } from '../paths'
import { type DocumentRow, registerEntryOf } from '../../../data/api'
import type { useDocumentActions } from './useDocumentActions'

interface Props {
  readonly draft: DocumentDraft
  readonly entry: DocumentRow | undefined
  readonly dirty: boolean
  /** Why the document cannot be output now (problems, a refused number); undefined when it can. */
  readonly refusal: string | undefined
  readonly actions: ReturnType<typeof useDocumentActions>
  /** 打开定义: choose a definition file to load into the editor. */
  readonly onOpenDefinition: () => void
}

function openTooltip(actions: Props['actions']): string {
  if (!isElectron) return '浏览器中无法直接打开文件，请在浏览器的下载列表中打开已保存的 Word 文件'
  if (!actions.savedFile) return '先“保存为 Word”，再用 WPS 或 Word 打开'
  if (!actions.savedFileCurrent)
    return `打开上次保存的 ${actions.savedFile.fileName}（其后的修改不在文件中）`
  return `用 WPS 或 Word 打开 ${actions.savedFile.fileName}`
}

const PRINT_TOOLTIP = isElectron
  ? '保存为 Word 后交给 WPS 或 Word 打印，纸面与 Word 文件逐页一致'
  : '浏览器只能打印预览（分页为估算）；正式打印请用 WPS 或 Word 打开保存的文件'

/** Title, register status and the commands: 保存, 保存为 Word, 打开, 打印, 导出定义, 打开定义. */
export function EditorHeader({ draft, entry, dirty, refusal, actions, onOpenDefinition }: Props) {
  const status = entry
    ? entryStateLabel(entryState(registerEntryOf(entry)), entry.sequence > 0)
    : '未登记'
  const busy = actions.busy !== null
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
          <Tooltip title="把当前内容导出为公文定义（JSON），可作范本或用命令行批量生成">
            <span>
              <Button
                startIcon={<FileUploadIcon />}
                disabled={busy}
                onClick={() => void actions.exportDefinition()}
              >
                导出定义
              </Button>
            </span>
          </Tooltip>
          <Tooltip title="打开公文定义（JSON）文件，替换当前内容">
            <span>
              <Button startIcon={<FileOpenIcon />} disabled={busy} onClick={onOpenDefinition}>
                打开定义
              </Button>
            </span>
          </Tooltip>
          <Tooltip title="保存到发文登记（Ctrl+S），可随时回来继续编辑">
            <span>
              <Button
                variant="outlined"
                startIcon={<SaveIcon />}
                disabled={busy}
                onClick={() => void actions.save()}
              >
                保存
              </Button>
            </span>
          </Tooltip>
          <Tooltip title={refusal ?? '生成 .docx 文件并登记为已用'}>
            <span>
              <Button
                variant="contained"
                startIcon={<WordIcon />}
                sx={{ textTransform: 'none' }}
                disabled={busy}
                onClick={() => void actions.saveAsWord()}
              >
                {actions.busy === 'word' ? '正在生成…' : '保存为 Word'}
              </Button>
            </span>
          </Tooltip>
          <Tooltip title={refusal ?? openTooltip(actions)}>
            <span>
              <Button
                variant="outlined"
                startIcon={<OpenInNewIcon />}
                disabled={!actions.canOpen || busy}
                onClick={() => void actions.open()}
              >
                打开
              </Button>
            </span>
          </Tooltip>
          <Tooltip title={refusal ?? PRINT_TOOLTIP}>
            <span>
              <Button
                variant="outlined"
                startIcon={<PrintIcon />}
                disabled={busy}
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
