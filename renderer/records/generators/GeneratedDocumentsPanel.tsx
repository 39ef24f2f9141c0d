import { PanelSection } from '../../components/PanelSection'
import { GENERATED_KIND } from '../../../shared/generators'
import { useLiveData } from '../../data/hooks'
import { RecordsTable } from '../RecordsTable'

const COLUMNS = ['documentNumber', 'date', 'status'] as const

/** The documents written from a record, newest first, each opening in the 公文 editor. */
export function GeneratedDocumentsPanel({ id }: { id: string }) {
  const { data: rows = [] } = useLiveData((api) => api.documentsFrom(id), [GENERATED_KIND], id)
  return (
    <PanelSection title="生成的公文" count={rows.length} empty="还没有从这里生成并保存的公文。">
      <RecordsTable kind={GENERATED_KIND} rows={rows} columns={COLUMNS} />
    </PanelSection>
  )
}
