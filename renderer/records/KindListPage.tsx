import AddIcon from '@mui/icons-material/Add'
import DeleteIcon from '@mui/icons-material/DeleteOutlined'
import EditIcon from '@mui/icons-material/EditOutlined'
import { Alert, Button } from '@mui/material'
import type { GridRowSelectionModel } from '@mui/x-data-grid'
import { useState, type ReactNode } from 'react'
import { useNavigate } from 'react-router'
import { KINDS, type KindDefinition, type KindName } from '../../shared/kinds'
import { editPath, newPath, viewOf } from './views'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { PageHeader } from '../components/PageHeader'
import { useRecordList } from '../data/hooks'
import { userMessage } from '../data/errors'
import { FilterBar } from './FilterBar'
import { ListReportButtons } from './generators/ListReportButtons'
import { RecordGrid } from './RecordGrid'
import { useDeleteWithUndo } from './useDeleteWithUndo'
import { useListState } from './useListState'
import { type ListQuery } from '../data/api'
import { recordTitle } from '../../shared/kinds/display'

const EMPTY_SELECTION: GridRowSelectionModel = { type: 'include', ids: new Set() }

interface Props {
  readonly kind: KindName
  /** More toolbar buttons (e.g. 导入, 导出), given the list's current query. */
  readonly extraActions?: (context: { query: ListQuery; total: number }) => ReactNode
}

/** The list screen of a kind: search, filters, sortable paged grid, 新建… / 编辑 / 删除 (with undo). */
export function KindListPage({ kind, extraActions }: Props) {
  const definition = KINDS[kind]
  const navigate = useNavigate()
  const list = useListState(definition)
  const { data, loading, error } = useRecordList(kind, list.query)
  const [selection, setSelection] = useState<GridRowSelectionModel>(EMPTY_SELECTION)
  const [confirming, setConfirming] = useState(false)
  const deleteWithUndo = useDeleteWithUndo(kind)

  const rows = data?.rows ?? []
  // Undefined while the matches are being counted (the page itself may already be shown).
  const counted = data?.total
  const total = counted ?? 0
  const selectedIds =
    selection.type === 'include'
      ? [...selection.ids].map(String)
      : rows.map((r) => r.id).filter((id) => !selection.ids.has(id))
  const selectedTitles = rows
    .filter((row) => selectedIds.includes(row.id))
    .map((row) => recordTitle(definition, row))
  const view = viewOf(kind)
  const unit = view.countUnit

  return (
    <>
      <PageHeader
        title={definition.title}
        subtitle={
          counted !== undefined
            ? `${list.filtered ? '符合条件的' : '共'} ${counted.toLocaleString('zh-CN')} ${unit}`
            : data
              ? '正在统计…'
              : ' '
        }
        actions={
          <>
            {/* Children are added on their parent's page, where they belong. */}
            {!(definition as KindDefinition).parent && (
              <Button
                variant="contained"
                startIcon={<AddIcon />}
                onClick={() => void navigate(newPath(kind))}
              >
                新建{definition.label}
              </Button>
            )}
            <Button
              variant="outlined"
              startIcon={<EditIcon />}
              disabled={selectedIds.length !== 1}
              onClick={() => selectedIds[0] && void navigate(editPath(kind, selectedIds[0]))}
            >
              编辑
            </Button>
            <Button
              variant="outlined"
              color="error"
              startIcon={<DeleteIcon />}
              disabled={selectedIds.length === 0}
              onClick={() => setConfirming(true)}
            >
              删除
            </Button>
            <ListReportButtons kind={kind} />
            {extraActions?.({ query: list.query, total })}
          </>
        }
      />
      <FilterBar
        kind={definition}
        state={list.state}
        filtered={list.filtered}
        searchPlaceholder={view.searchPlaceholder}
        onSearch={list.setSearch}
        onFilter={list.setFilter}
        onMatch={list.setMatch}
        onPeriod={list.setPeriod}
        onClear={list.clearFilters}
      />
      {error && (
        <Alert severity="error" sx={{ mb: 1 }}>
          读取列表失败：{userMessage(error)}
        </Alert>
      )}
      <RecordGrid
        kind={definition}
        rows={rows}
        total={counted}
        loading={loading}
        state={list.state}
        selection={selection}
        onSelection={setSelection}
        onSort={list.setSort}
        onPage={list.setPage}
      />
      <ConfirmDialog
        open={confirming}
        title={`删除${definition.label}`}
        message={
          selectedIds.length === 1
            ? `确定删除“${selectedTitles[0] ?? ''}”吗？删除后可立即撤销。`
            : `确定删除所选的 ${selectedIds.length} ${unit}${definition.label}吗？删除后可立即撤销。`
        }
        confirmLabel="删除"
        destructive
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false)
          const description =
            selectedIds.length === 1
              ? `“${selectedTitles[0] ?? ''}”`
              : `${selectedIds.length} ${unit}${definition.label}`
          void deleteWithUndo(selectedIds, description).then(
            (done) => done && setSelection(EMPTY_SELECTION),
          )
        }}
      />
    </>
  )
}
