import { useDataApi } from '../../data/api'
import { Paper, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material'
import { useEffect, useState } from 'react'
import type { IpcResult } from '../../../shared/ipc/contract'
import { shell } from '../../shell'
import { megabytes, storageNearlyFull } from '../../../shared/backup/storage'

/** Version, where the data lives, and whether the browser promised to keep it. */
export function AboutPanel() {
  const api = useDataApi()
  const [info, setInfo] = useState<IpcResult<'app:info'> | null>(null)
  const [persistent, setPersistent] = useState<boolean | null>(null)
  const [space, setSpace] = useState<{ usage?: number; quota?: number } | null>(null)
  useEffect(() => {
    void shell.appInfo({}).then(setInfo)
    void api.isStoragePersistent().then(setPersistent)
    void api.storageEstimate().then(setSpace)
  }, [api])
  const nearlyFull = storageNearlyFull(space?.usage, space?.quota)
  const rows: [string, string][] = [
    ['版本', info?.version ?? '…'],
    ['运行方式', info ? (info.shell === 'electron' ? '桌面应用' : '浏览器') : '…'],
    [
      '数据存放位置',
      info?.shell === 'electron'
        ? '本机用户数据目录中的应用数据库（IndexedDB），不随安装目录变化'
        : '本浏览器的站点数据（IndexedDB）；清除浏览器数据会删除它',
    ],
    [
      '持久存储',
      persistent === null
        ? '…'
        : persistent
          ? '已启用（不会被自动清理）'
          : '未启用（磁盘空间不足时可能被清理）',
    ],
    [
      '已用空间',
      space === null
        ? '…'
        : `${megabytes(space.usage)}（上限约 ${megabytes(space.quota)}）${nearlyFull ? '：空间即将用尽，请先备份并清理磁盘' : ''}`,
    ],
  ]
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }}>
      <Typography variant="subtitle1" sx={{ mb: 1 }}>
        关于协知
      </Typography>
      <Table size="small">
        <TableBody>
          {rows.map(([label, value]) => (
            <TableRow key={label}>
              <TableCell sx={{ width: 140, color: 'text.secondary' }}>{label}</TableCell>
              <TableCell>{value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  )
}
