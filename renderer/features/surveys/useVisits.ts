import { useLiveData } from '../../data/hooks'

/** A survey's visits, in order, live. */
export function useVisits(surveyId: string) {
  const { data = [] } = useLiveData(
    (read) => read.listChildren('visit', surveyId),
    ['visit'],
    surveyId,
  )
  return data
}
