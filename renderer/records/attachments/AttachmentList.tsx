import DeleteIcon from '@mui/icons-material/DeleteOutlined'
import FileIcon from '@mui/icons-material/InsertDriveFileOutlined'
import PdfIcon from '@mui/icons-material/PictureAsPdfOutlined'
import {
  Box,
  IconButton,
  Link,
  List,
  ListItem,
  ListItemAvatar,
  ListItemText,
  Tooltip,
} from '@mui/material'
import { useState } from 'react'
import { isPdf, isPreviewableImage, type Attachment } from '../../../shared/kinds/attachments'
import { AttachmentPreview } from './AttachmentPreview'
import { useFileBlob } from './useFileBlob'

const THUMBNAIL = 40

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`
}

function Thumbnail({ file }: { file: Attachment }) {
  const blob = useFileBlob(isPreviewableImage(file.type) ? file.id : undefined)
  if (isPreviewableImage(file.type) && blob.state === 'ready') {
    return (
      <Box
        component="img"
        src={blob.url}
        alt=""
        sx={{ width: THUMBNAIL, height: THUMBNAIL, objectFit: 'cover', borderRadius: 0.5 }}
      />
    )
  }
  return isPdf(file.type) ? <PdfIcon color="error" /> : <FileIcon color="action" />
}

interface Props {
  readonly files: readonly Attachment[]
  /** Given in a form: each file gets 移除. */
  readonly onRemove?: (id: string) => void
}

/** Attached files with a thumbnail, size and 预览 (image, PDF) or 下载 (other types). */
export function AttachmentList({ files, onRemove }: Props) {
  const [previewed, setPreviewed] = useState<Attachment | null>(null)
  if (files.length === 0) return null
  return (
    <>
      <List dense disablePadding aria-label="附件列表">
        {files.map((file) => (
          <ListItem
            key={file.id}
            disableGutters
            secondaryAction={
              onRemove && (
                <Tooltip title="移除">
                  <IconButton
                    edge="end"
                    aria-label={`移除${file.name}`}
                    onClick={() => onRemove(file.id)}
                  >
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                </Tooltip>
              )
            }
          >
            <ListItemAvatar sx={{ minWidth: THUMBNAIL + 12 }}>
              <Thumbnail file={file} />
            </ListItemAvatar>
            <ListItemText
              primary={
                <Link component="button" type="button" onClick={() => setPreviewed(file)}>
                  {file.name}
                </Link>
              }
              secondary={fileSize(file.size)}
            />
          </ListItem>
        ))}
      </List>
      <AttachmentPreview file={previewed} onClose={() => setPreviewed(null)} />
    </>
  )
}
