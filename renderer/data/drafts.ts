import type { DraftEntry, XiezhiDatabase } from './database'

/**
 * Form drafts: what a form holds while it is being typed, kept in the database every few seconds
 * and whenever the window loses focus, so that closing the window, a reload or a crash loses
 * nothing. Drafts are local working copies, not records: they never enter the change log.
 */

export async function saveDraft(db: XiezhiDatabase, draft: DraftEntry): Promise<void> {
  await db.drafts.put(draft)
}

export async function loadDraft(db: XiezhiDatabase, key: string): Promise<DraftEntry | undefined> {
  return db.drafts.get(key)
}

export async function discardDraft(db: XiezhiDatabase, key: string): Promise<void> {
  await db.drafts.delete(key)
}
