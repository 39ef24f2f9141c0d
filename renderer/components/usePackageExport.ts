import { APP_FILE_TYPES, PACKAGE_EXTENSION } from '../../shared/files/appFileTypes'
import { useDataApi } from '../data/api'
import { shell } from '../shell'
import type { ExportRequest } from './ExportPackageDialog'
import { useNotify } from './Notifier'

/**
 * 导出数据包: writes the package, saves it where the user says (in a browser, a download) and,
 * for a package “since the last exchange”, notes what that PC now has. False when cancelled.
 */
export function usePackageExport() {
  const api = useDataApi()
  const notify = useNotify()
  return async (request: ExportRequest): Promise<boolean> => {
    const { version } = await shell.appInfo({})
    const written = await api.writePackage({
      scope: request.scope,
      password: request.password,
      appVersion: version,
    })
    const result = await shell.saveFile({
      suggestedName: request.fileName,
      filters: [{ name: APP_FILE_TYPES[PACKAGE_EXTENSION], extensions: [PACKAGE_EXTENSION] }],
      data: written.bytes,
    })
    if (result.status !== 'saved') return false
    if (request.scope.type === 'since') await api.notePackageSent(request.scope.to, written.upTo)
    notify({
      message: `已导出数据包“${result.fileName}”：${written.manifest.counts.changes.toLocaleString('zh-CN')} 条修改${request.password === '' ? '' : '，已加密'}`,
    })
    return true
  }
}
