import { readFile } from 'node:fs/promises'
import { expect, type Page } from '@playwright/test'

/** A package file as it is offered again on another PC (from a USB drive). */
export interface PackageFile {
  readonly name: string
  readonly mimeType: string
  readonly buffer: Buffer
}

/**
 * 导出数据包 on the record page shown: the record with its children and what they refer to.
 * `beforeExport` runs with the dialog open (a screenshot).
 */
export async function exportRecordPackage(
  page: Page,
  title: string,
  beforeExport: () => Promise<void> = () => Promise.resolve(),
): Promise<PackageFile> {
  await page.getByRole('button', { name: '导出数据包' }).click()
  const dialog = page.getByRole('dialog', { name: '导出数据包' })
  await expect(dialog).toContainText(`导出“${title}”及其下属记录和关联记录的全部修改`)
  await beforeExport()
  const downloading = page.waitForEvent('download')
  await dialog.getByRole('button', { name: '导出' }).click()
  const file = await downloading
  return {
    name: file.suggestedFilename(),
    mimeType: 'application/octet-stream',
    buffer: await readFile(await file.path()),
  }
}

/** 导入数据包 up to its preview; returns the preview dialog. */
export async function openPackage(page: Page, file: PackageFile) {
  await page.goto('/#/settings')
  await page.getByLabel('选择数据包文件').setInputFiles(file)
  return page.getByRole('dialog', { name: '导入数据包' })
}

/** Imports from the preview: the safety backup is downloaded first. */
export async function confirmImport(page: Page) {
  const safety = page.waitForEvent('download')
  await page
    .getByRole('dialog', { name: '导入数据包' })
    .getByRole('button', { name: '导入' })
    .click()
  expect((await safety).suggestedFilename()).toMatch(/^导入前自动备份_/)
  await expect(page.getByText(/已导入数据包/)).toBeVisible()
}
