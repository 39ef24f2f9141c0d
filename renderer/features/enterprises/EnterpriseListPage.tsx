import UploadFileIcon from '@mui/icons-material/UploadFile'
import { Button } from '@mui/material'
import { useState } from 'react'
import { ExportButton } from '../../records/excel/ExportButton'
import { ImportDialog } from '../../records/excel/ImportDialog'
import { KindListPage } from '../../records/KindListPage'

/** 企业库: the generic list plus import from and export to Excel. */
export function EnterpriseListPage() {
  const [importing, setImporting] = useState(false)
  return (
    <>
      <KindListPage
        kind="enterprise"
        extraActions={({ query, total }) => (
          <>
            <Button
              variant="outlined"
              startIcon={<UploadFileIcon />}
              onClick={() => setImporting(true)}
            >
              导入
            </Button>
            <ExportButton kind="enterprise" query={query} total={total} />
          </>
        )}
      />
      <ImportDialog kind="enterprise" open={importing} onClose={() => setImporting(false)} />
    </>
  )
}
