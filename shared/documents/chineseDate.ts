/** 2023-03-23 → 2023年3月23日: full year, month and day not padded (GB/T 9704 7.3.5). */
export function chineseDate(isoDate: string): string {
  const [year = '', month = '', day = ''] = isoDate.split('-')
  return `${year}年${String(Number(month))}月${String(Number(day))}日`
}
