import type { KindName } from '../../shared/kinds'

/** Where each kind's screens live. */
export const KIND_PATHS: Readonly<Record<KindName, string>> = {
  enterprise: '/enterprises',
  org: '/directory/orgs',
  contact: '/directory/contacts',
  document: '/documents',
}

export const recordPath = (kind: KindName, id: string) => `${KIND_PATHS[kind]}/${id}`
export const editPath = (kind: KindName, id: string) => `${KIND_PATHS[kind]}/${id}/edit`
export const newPath = (kind: KindName) => `${KIND_PATHS[kind]}/new`
