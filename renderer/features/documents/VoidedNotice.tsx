import { Alert, Button } from '@mui/material'
import { useRewriteWithNewNumber } from './useRewriteWithNewNumber'
import { type DocumentRow } from '../../data/api'

/** A voided number is never issued: said wherever its entry is opened, with the way forward. */
export function VoidedNotice({ entry }: { entry: DocumentRow }) {
  const rewrite = useRewriteWithNewNumber()
  return (
    <Alert
      severity="warning"
      action={
        <Button color="inherit" size="small" onClick={() => void rewrite(entry)}>
          用新号撰写
        </Button>
      }
    >
      发文字号 {entry.documentNumber} 已作废，不再使用
      {entry.definition === '' ? '。' : '：此公文不能再保存或生成 Word。'}
    </Alert>
  )
}
