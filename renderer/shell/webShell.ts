import type { ShellApi } from '../../shared/ipc/contract'

/**
 * The shell API in a plain browser: saving becomes a download, printing is window.print(), and
 * opening a saved file is left to the browser's download list (a page cannot start WPS or Word).
 */
export const webShell: ShellApi = {
  saveFile({ suggestedName, data }) {
    const blob = new Blob([data.slice().buffer], { type: 'application/octet-stream' })
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = suggestedName
    link.style.display = 'none'
    document.body.append(link)
    link.click()
    link.remove()
    // Revoke later: the download may still be reading the blob.
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
    return Promise.resolve({ status: 'saved', path: suggestedName, fileName: suggestedName })
  },
  openFile() {
    return Promise.resolve({
      ok: false,
      message: '浏览器中无法直接调用 WPS 或 Word，请在浏览器的下载列表中打开该文件',
    })
  },
  printFile() {
    return Promise.resolve({
      ok: false,
      message: '浏览器中无法直接打印 Word 文件，请用 WPS 或 Word 打开下载的文件后打印',
    })
  },
  print() {
    window.print()
    return Promise.resolve({ ok: true })
  },
  autoBackup() {
    // A page cannot write to a folder of its own choosing: the 工作台 reminds instead.
    return Promise.resolve({
      ok: false,
      message: '浏览器中不能自动备份，请在“设置 → 数据安全”中立即备份',
    })
  },
  backupFolder() {
    return Promise.resolve({ path: '', chosen: false })
  },
  chooseBackupFolder() {
    return Promise.resolve({ status: 'canceled' as const })
  },
  appInfo() {
    return Promise.resolve({ version: __APP_VERSION__, platform: navigator.platform, shell: 'web' })
  },
}
