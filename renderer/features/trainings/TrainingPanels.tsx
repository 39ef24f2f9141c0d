import { useChildren } from '../../data/hooks'
import { FeedbackPanel } from './FeedbackPanel'
import { SignInPanel } from './SignInPanel'

/** A training's 签到 and 反馈, from one live read of its 报名. */
export function TrainingPanels({ trainingId }: { trainingId: string }) {
  const { data: registrations = [] } = useChildren('registration', trainingId)
  return (
    <>
      <SignInPanel trainingId={trainingId} registrations={registrations} />
      <FeedbackPanel trainingId={trainingId} registrations={registrations} />
    </>
  )
}
