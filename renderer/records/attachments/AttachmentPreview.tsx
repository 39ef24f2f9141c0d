import DownloadIcon from '@mui/icons-material/FileDownloadOutlined'
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
} from '@mui/material'
import { isPdf, isPreviewableImage, type Attachment } from '../../../shared/kinds/attachments'
import { useNotify } from '../../components/Notifier'
import { userMessage } from '../../data/errors'
import { shell } from '../../shell'
import { PdfPreview } from './PdfPreview'
import { useFileBlob } from './useFileBlob'

/** Whether the app can show this file itself (photos and scans, PDFs). */
export const canPreview = (file: Attachment) => isPreviewableImage(file.type) || isPdf(file.type)

interface Props {
  readonly file: Attachment | null
  readonly onClose: () => void
}

/** An attached file shown in the app (image or PDF), with 下载 to keep a copy elsewhere. */
export function AttachmentPreview({ file, onClose }: Props) {
  const blob = useFileBlob(file?.id)
  const notify = useNotify()
  const download = async () => {
    if (!file || blob.state !== 'ready') return
    try {
      const result = await shell.saveFile({
        suggestedName: file.name,
        filters: [],
        data: new Uint8Array(await blob.blob.arrayBuffer()),
      })
      if (result.status === 'saved') notify({ message: `已保存“${result.fileName}”` })
    } catch (error) {
      notify({ message: userMessage(error), severity: 'error' })
    }
  }
  return (
    <Dialog open={file !== null} onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>{file?.name}</DialogTitle>
      <DialogContent dividers sx={{ bgcolor: 'grey.100', minHeight: 240 }}>
        {blob.state === 'loading' && <CircularProgress aria-label="正在打开附件" />}
        {blob.state === 'missing' && (
          <Alert severity="warning">
            本机没有这个文件的内容（记录来自其他电脑，文件未随之带来）。
          </Alert>
        )}
        {blob.state === 'ready' && file && isPreviewableImage(file.type) && (
          <Box
            component="img"
            src={blob.url}
            alt={file.name}
            sx={{ display: 'block', maxWidth: '100%', mx: 'auto' }}
          />
        )}
        {blob.state === 'ready' && file && isPdf(file.type) && <PdfPreview blob={blob.blob} />}
        {blob.state === 'ready' && file && !canPreview(file) && (
          <Alert severity="info">
            这种文件不能在协知中预览，请下载后用 WPS、Word 或 Excel 打开。
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button
          startIcon={<DownloadIcon />}
          disabled={blob.state !== 'ready'}
          onClick={() => void download()}
        >
          下载
        </Button>
        <Button variant="contained" onClick={onClose}>
          关闭
        </Button>
      </DialogActions>
    </Dialog>
  )
}
