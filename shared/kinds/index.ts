import type { z } from '../zod'
import { contactKind } from './contact'
import { documentKind } from './document'
import { enterpriseKind } from './enterprise'
import { followUpKind } from './followUp'
import { agendaItemKind, decisionKind, enterpriseDelegateKind, meetingKind } from './meeting'
import { actionItemKind, progressNoteKind } from './actionItem'
import { orgKind } from './org'
import { liaisonEntryKind } from './liaison'
import { consultationKind, opinionKind } from './consultation'
import { surveyKind, visitKind } from './survey'
import { registrationKind, trainingFeedbackKind, trainingKind } from './training'
import { briefingKind, policyKind, publicityKind, referenceCaseKind } from './information'
import type { KindDefinition, KindName } from './types'

/** The registry: every record kind. Generic code (lists, search, export, backup) iterates this. */
export const KINDS = {
  enterprise: enterpriseKind,
  org: orgKind,
  contact: contactKind,
  document: documentKind,
  followUp: followUpKind,
  meeting: meetingKind,
  agendaItem: agendaItemKind,
  decision: decisionKind,
  enterpriseDelegate: enterpriseDelegateKind,
  actionItem: actionItemKind,
  progressNote: progressNoteKind,
  liaisonEntry: liaisonEntryKind,
  consultation: consultationKind,
  opinion: opinionKind,
  survey: surveyKind,
  visit: visitKind,
  training: trainingKind,
  registration: registrationKind,
  trainingFeedback: trainingFeedbackKind,
  policy: policyKind,
  referenceCase: referenceCaseKind,
  publicity: publicityKind,
  briefing: briefingKind,
} as const satisfies Record<KindName, KindDefinition>

export type Kinds = typeof KINDS
export type KindSchema<K extends KindName> = Kinds[K]['schema']
export type KindData<K extends KindName> = z.infer<KindSchema<K>>

export const KIND_NAMES = Object.keys(KINDS) as KindName[]

/** Whether a name from outside (a package, an address) is a kind; own keys only, never toString. */
export const isKindName = (value: string): value is KindName => Object.hasOwn(KINDS, value)

export function kindOf<K extends KindName>(name: K): Kinds[K] {
  return KINDS[name]
}

/** The kinds whose records belong to records of `kind` (its children), in registry order. */
export function childKindsOf(kind: KindName): KindName[] {
  return KIND_NAMES.filter((name) => (KINDS[name] as KindDefinition).parent?.kind === kind)
}

/** Label of a field of a kind (or of a meta field shown in lists). */
export function fieldLabel(kind: KindDefinition, field: string): string {
  if (field === 'updatedAt') return '更新时间'
  if (field === 'createdAt') return '创建时间'
  const meta = (kind.fields as Record<string, { label: string } | undefined>)[field]
  return meta?.label ?? field
}

export type { KindDefinition, KindName } from './types'
