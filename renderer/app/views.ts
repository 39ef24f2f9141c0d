import { contributeViews } from '../records/views'
import { enterpriseView } from '../features/enterprises/view'
import { followUpView } from '../features/enterprises/followUpView'
import { contactView, orgView } from '../features/directory/views'
import { documentView } from '../features/documents/view'
import {
  actionItemView,
  agendaItemView,
  decisionView,
  enterpriseDelegateView,
  meetingView,
  progressNoteView,
} from '../features/meetings/views'
import { consultationView, liaisonEntryView, opinionView } from '../features/liaison/views'
import { surveyView, visitView } from '../features/surveys/views'
import { registrationView, trainingFeedbackView, trainingView } from '../features/trainings/views'
import {
  briefingView,
  policyView,
  publicityView,
  referenceCaseView,
} from '../features/information/views'

/**
 * The composition root of the kinds' screens: each feature's views, in the order of the side
 * navigation. Contributed when this module is first imported, before the router is built.
 */
export const APP_VIEWS = contributeViews([
  enterpriseView,
  followUpView,
  orgView,
  contactView,
  documentView,
  meetingView,
  agendaItemView,
  decisionView,
  enterpriseDelegateView,
  actionItemView,
  progressNoteView,
  liaisonEntryView,
  consultationView,
  opinionView,
  surveyView,
  visitView,
  trainingView,
  registrationView,
  trainingFeedbackView,
  briefingView,
  policyView,
  referenceCaseView,
  publicityView,
])
