/**
 * The layout suite's global setup: one LibreOffice conversion before any test file starts. The
 * first start on a machine builds the font cache and a user profile and takes several seconds;
 * started by several test processes at once on a fresh install it crashed. The profile made here
 * is copied by each test process (tools.ts), so later starts only read.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { validateDefinition } from '../../../shared/documents/definition'
import { renderDocx } from '../../../shared/documents/render'
import { retryOnce, sofficeToPdf, TEMPLATE_PROFILE_VARIABLE } from './tools'

export default async function warmUp(): Promise<() => Promise<void>> {
  const folder = await mkdtemp(join(tmpdir(), 'xiezhi-layout-warm-up-'))
  const profile = join(folder, 'profile')
  const result = validateDefinition({
    issuers: ['天津市知识产权局'],
    title: '预热',
    body: [{ type: 'p', text: '预热。' }],
    date: '2026-01-01',
  })
  if (!result.ok) throw new Error('warm-up definition is invalid')
  const docxPath = join(folder, 'warm-up.docx')
  await writeFile(docxPath, await renderDocx(result.definition))
  await retryOnce(
    () => sofficeToPdf(profile, docxPath, folder),
    () => rm(profile, { recursive: true, force: true }),
  )
  process.env[TEMPLATE_PROFILE_VARIABLE] = profile
  return () => rm(folder, { recursive: true, force: true })
}
