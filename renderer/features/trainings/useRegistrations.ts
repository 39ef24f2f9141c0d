import { textOf } from '../../../shared/kinds/display'
import { SIGNED_IN } from '../../../shared/kinds/training'
import { useChildren } from '../../data/hooks'

export interface Registrant {
  readonly id: string
  readonly name: string
  readonly unit: string
  readonly title: string
  readonly attended: boolean
}

/** A training's registrations, in order, live. */
export function useRegistrations(trainingId: string): Registrant[] {
  const { data = [] } = useChildren('registration', trainingId)
  return data.map((row) => ({
    id: row.id,
    name: textOf(row.name),
    unit: textOf(row.unit),
    title: textOf(row.title),
    attended: row.attended === SIGNED_IN,
  }))
}
