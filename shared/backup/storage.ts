/**
 * When the space left for the app's data is running out: Chromium lets a site use a share of
 * the disk's free space, so a quota nearly used up means the disk itself is nearly full, and the
 * next writes (or a backup's safety copy) would fail.
 */
export const LOW_SPACE_BYTES = 500 * 1024 * 1024

export function storageNearlyFull(usage: number | undefined, quota: number | undefined): boolean {
  if (usage === undefined || quota === undefined) return false
  return usage > quota * 0.9 || quota - usage < LOW_SPACE_BYTES
}

/** 12.3 MB, 1,024.0 MB; 未知 when the browser does not say. */
export function megabytes(bytes: number | undefined): string {
  if (bytes === undefined) return '未知'
  const value = (bytes / 1024 / 1024).toLocaleString('zh-CN', {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  })
  return `${value} MB`
}
