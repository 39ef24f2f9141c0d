import { Box, Chip, Link, Stack } from '@mui/material'
import {
  DataGrid,
  type GridColDef,
  type GridRowParams,
  type GridRowSelectionModel,
  type GridSortModel,
} from '@mui/x-data-grid'
import { useMemo } from 'react'
import { Link as RouterLink, useNavigate } from 'react-router'
import type { KindDefinition } from '../../shared/kinds/types'
import { recordPath } from './views'
import { useReferenceTitles } from '../data/hooks'
import { displayValue, fieldMeta } from '../../shared/kinds/display'
import { PAGE_SIZES, type ListState } from './useListState'
import { DeadlineChip } from './workflow/DeadlineChip'
import { useDeadline } from './workflow/useDeadline'
import { type StoredRow } from '../data/api'

interface Props {
  readonly kind: KindDefinition
  readonly rows: readonly StoredRow[]
  /** Undefined while being counted: the grid then only knows whether a next page exists. */
  readonly total: number | undefined
  readonly loading: boolean
  readonly state: ListState
  readonly selection: GridRowSelectionModel
  readonly onSelection: (model: GridRowSelectionModel) => void
  readonly onSort: (field: string, direction: 'asc' | 'desc') => void
  readonly onPage: (page: number, pageSize: number) => void
}

/** The server-side (index-backed) grid of a kind: one page of rows at a time. */
export function RecordGrid({
  kind,
  rows,
  total,
  loading,
  state,
  selection,
  onSelection,
  onSort,
  onPage,
}: Props) {
  const navigate = useNavigate()
  const deadline = useDeadline(kind.name)
  const referenceTitle = useReferenceTitles(
    kind,
    kind.listColumns.map((c) => c.field),
    rows,
  )

  const columns = useMemo<GridColDef<StoredRow>[]>(
    () =>
      kind.listColumns.map((column) => {
        const field = column.field
        const meta = fieldMeta(kind, field)
        const base: GridColDef<StoredRow> = {
          field,
          headerName: field === 'updatedAt' ? '更新时间' : (meta?.label ?? field),
          width: column.width ?? 150,
          sortable: column.sortable === true,
          valueGetter: (_value, row) => displayValue(kind, field, row[field], referenceTitle),
        }
        if (field === kind.titleField) {
          return {
            ...base,
            renderCell: ({ row, value }) => (
              <Stack
                direction="row"
                spacing={1}
                sx={{ alignItems: 'center', height: '100%', minWidth: 0 }}
              >
                <Link
                  component={RouterLink}
                  to={recordPath(kind.name, row.id)}
                  underline="hover"
                  onClick={(event) => event.stopPropagation()}
                  sx={{ overflow: 'hidden', textOverflow: 'ellipsis' }}
                >
                  {String(value)}
                </Link>
                {row.sample === 1 && (
                  <Chip label="示例" size="small" variant="outlined" color="warning" />
                )}
              </Stack>
            ),
          }
        }
        if (field === kind.deadline?.field) {
          return {
            ...base,
            renderCell: ({ row, value }) => (
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', height: '100%' }}>
                <span>{String(value)}</span>
                <DeadlineChip state={deadline?.(row)} />
              </Stack>
            ),
          }
        }
        if (meta?.input.type === 'multiselect') {
          return {
            ...base,
            renderCell: ({ row }) => (
              <Stack
                direction="row"
                spacing={0.5}
                sx={{ alignItems: 'center', height: '100%', overflow: 'hidden' }}
              >
                {(Array.isArray(row[field]) ? (row[field] as string[]) : []).map((tag) => (
                  <Chip key={tag} label={tag} size="small" />
                ))}
              </Stack>
            ),
          }
        }
        return base
      }),
    [kind, referenceTitle, deadline],
  )

  const sortModel: GridSortModel = [{ field: state.sort.field, sort: state.sort.direction }]

  return (
    <Box sx={{ height: 'calc(100vh - 250px)', minHeight: 420, bgcolor: 'background.paper' }}>
      <DataGrid<StoredRow>
        rows={rows}
        columns={columns}
        getRowId={(row) => row.id}
        rowCount={total ?? -1}
        paginationMeta={{ hasNextPage: rows.length >= state.pageSize }}
        loading={loading}
        density="compact"
        paginationMode="server"
        sortingMode="server"
        filterMode="server"
        disableColumnFilter
        disableColumnMenu
        checkboxSelection
        disableRowSelectionOnClick
        keepNonExistentRowsSelected={false}
        rowSelectionModel={selection}
        onRowSelectionModelChange={onSelection}
        sortModel={sortModel}
        onSortModelChange={(model) => {
          const [first] = model
          if (first?.sort) onSort(first.field, first.sort)
          else onSort('updatedAt', 'desc')
        }}
        paginationModel={{ page: state.page, pageSize: state.pageSize }}
        onPaginationModelChange={(model) => onPage(model.page, model.pageSize)}
        pageSizeOptions={[...PAGE_SIZES]}
        onRowDoubleClick={(params: GridRowParams<StoredRow>) =>
          void navigate(recordPath(kind.name, params.row.id))
        }
        sx={{ '& .MuiDataGrid-cell:focus, & .MuiDataGrid-cell:focus-within': { outline: 'none' } }}
      />
    </Box>
  )
}
