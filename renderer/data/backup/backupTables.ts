import { KIND_NAMES, KINDS } from '../../../shared/kinds'

/**
 * The tables a backup holds: every kind's (from the registry, so a kind added later is backed up
 * without a change here), the change log and the attached files. Drafts, conflicts and tallies
 * are this installation's working state: tallies are counted again on restore.
 */
export const RECORD_TABLES: readonly string[] = KIND_NAMES.map((name) => KINDS[name].table)
export const CHANGES_TABLE = 'changes'
export const FILES_TABLE = 'files'
export const BACKUP_TABLES: readonly string[] = [...RECORD_TABLES, CHANGES_TABLE, FILES_TABLE]

/** The kind whose rows a table holds. */
export const kindOfTable = (table: string) => KIND_NAMES.find((name) => KINDS[name].table === table)
