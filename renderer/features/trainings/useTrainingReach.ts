import type { ListQuery } from '../../data/api'
import { useLiveData } from '../../data/hooks'
import { LIST_REPORT_MAX_ROWS } from '../../../shared/generators/listReport'
import { textOf } from '../../../shared/kinds/display'
import { TRAINING_TYPES } from '../../../shared/kinds/training'
import { DISTRICTS } from '../../../shared/reference/districts'
import { trainingReach, type TrainingReach } from '../../../shared/trainings/trainingReach'

export interface TrainingReachAnswer {
  readonly reach: TrainingReach
  /** How many trainings the list matches; more than counted when past the report's cap. */
  readonly matched: number
  readonly counted: number
}

/**
 * 培训统计 of the trainings a list shows (its search, 培训类型, 时间段 and 主办单位): their
 * registrations read by the parent index, their enterprises' 所属区 by id. Live.
 */
export function useTrainingReach(query: ListQuery) {
  const { offset, limit, ...whole } = query
  return useLiveData(
    async (api): Promise<TrainingReachAnswer> => {
      // As many as a list's report takes, without the reference titles a report reads.
      const { rows: trainings, total } = await api.listRecords('training', {
        ...whole,
        offset: 0,
        limit: LIST_REPORT_MAX_ROWS,
      })
      const registrations = new Map(
        await Promise.all(
          trainings.map(
            async (training) =>
              [training.id, await api.listChildren('registration', training.id)] as const,
          ),
        ),
      )
      const enterpriseIds = [
        ...new Set(
          [...registrations.values()].flatMap((rows) =>
            rows.map((row) => textOf(row.enterprise)).filter(Boolean),
          ),
        ),
      ]
      const districts = new Map(
        (await api.getRecords('enterprise', enterpriseIds)).map((e) => [e.id, e.district]),
      )
      return {
        reach: trainingReach(
          trainings,
          (id) => registrations.get(id) ?? [],
          (id) => districts.get(id),
          DISTRICTS,
          TRAINING_TYPES.map((option) => option.value),
        ),
        matched: total,
        counted: trainings.length,
      }
    },
    ['training', 'registration', 'enterprise'],
    JSON.stringify(whole),
  )
}
