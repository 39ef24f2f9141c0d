import { decodeParty } from '../kinds/parties'

interface VisitLike {
  readonly enterprise: string
  readonly state: string
}

export interface VisitProgress {
  readonly drafts: number
  readonly done: number
  /** Planned enterprises with no visit yet (draft or done), in the plan's order. */
  readonly notVisited: readonly string[]
}

/** The enterprises a survey plans to visit, by id, each once, in the plan's order. */
export function plannedEnterpriseIds(plannedEnterprises: readonly string[]): string[] {
  const ids = plannedEnterprises.flatMap((value) => {
    const party = decodeParty(value)
    return party?.kind === 'enterprise' ? [party.id] : []
  })
  return [...new Set(ids)]
}

/**
 * Where a survey's visits stand: how many are still drafts, how many are finished, and which of
 * the planned enterprises nobody has visited yet — the three counts field workers mix up most.
 */
export function visitProgress(
  plannedEnterprises: readonly string[],
  visits: readonly VisitLike[],
): VisitProgress {
  const visited = new Set(visits.map((visit) => visit.enterprise))
  return {
    drafts: visits.filter((visit) => visit.state === 'draft').length,
    done: visits.filter((visit) => visit.state === 'done').length,
    notVisited: plannedEnterpriseIds(plannedEnterprises).filter((id) => !visited.has(id)),
  }
}
