import { sampleDataset } from '../../shared/samples/dataset'
import dayjs from 'dayjs'
import { sampleDocuments } from '../../shared/samples/documents'
import { sampleFollowUps } from '../../shared/samples/followUps'
import { sampleMeetings, type MeetingSampleIds } from '../../shared/samples/meetings'
import { sampleLiaisonEntries } from '../../shared/samples/liaison'
import { sampleConsultation } from '../../shared/samples/consultation'
import { sampleSurvey, type SurveySampleIds } from '../../shared/samples/survey'
import { sampleTraining, type TrainingSampleIds } from '../../shared/samples/training'
import { encodeParty } from '../../shared/kinds/parties'
import { orderKeyBetween } from '../../shared/records/orderKey'
import { CITY_FEDERATION_ID, CITY_IP_OFFICE_ID } from '../../shared/reference/organisations'
import { KINDS, KIND_NAMES } from '../../shared/kinds'
import { tallyOfRows } from '../../shared/records/tallies'
import type { XiezhiDatabase } from './database'
import { saveDocument } from './documentRegister'
import { addToTallies } from './tallies'
import { createRecords } from './writePath'
import { planSampleClearing, SAMPLES_LOADED, type KeptSample } from './sampleClearing'
import { sampleBriefing, sampleInformation } from '../../shared/samples/information'

/**
 * 示例数据: fictional records marked `sample: 1`, for trying the app out. Loading adds them
 * through the write path like any record; clearing removes exactly them — rows and their
 * change-log entries — because demo data must never travel to another PC in a backup or package.
 */

export async function hasSampleData(db: XiezhiDatabase): Promise<boolean> {
  for (const kind of KIND_NAMES) {
    if ((await db.records(kind).where('sample').equals(1).count()) > 0) return true
  }
  return false
}

export interface SampleCounts {
  readonly enterprise: number
  readonly org: number
  readonly contact: number
  readonly document: number
  readonly followUp: number
  readonly meeting: number
  readonly actionItem: number
  readonly liaisonEntry: number
  readonly consultation: number
  readonly survey: number
  readonly visit: number
  readonly training: number
  readonly registration: number
  readonly trainingFeedback: number
  readonly policy: number
  readonly referenceCase: number
  readonly publicity: number
  readonly briefing: number
}

export async function loadSampleData(db: XiezhiDatabase): Promise<SampleCounts> {
  if (await hasSampleData(db)) throw new Error('示例数据已加载，如需重新加载请先清除示例数据')
  const dataset = sampleDataset()
  // A real enterprise may by chance hold a generated code; leave that sample out.
  const taken = new Set(
    await db
      .records('enterprise')
      .where('creditCode')
      .anyOf(dataset.enterprises.map((e) => e.creditCode))
      .filter((row) => row.deletedAt === undefined)
      .keys(),
  )
  const enterprises = dataset.enterprises.filter((e) => !taken.has(e.creditCode))
  const takenOrgNames = new Set(
    await db
      .records('org')
      .where('name')
      .anyOf(dataset.orgs.map((o) => o.name))
      .filter((row) => row.deletedAt === undefined)
      .keys(),
  )
  const orgs = dataset.orgs.filter((o) => !takenOrgNames.has(o.name))
  await createRecords(db, 'org', orgs, { sample: true })
  const contacts = await createRecords(db, 'contact', dataset.contacts, { sample: true })
  const created = await createRecords(db, 'enterprise', enterprises, { sample: true })
  const followUps = sampleFollowUps(
    created.map((row) => row.id),
    dayjs().format('YYYY-MM-DD'),
  )
  await createRecords(db, 'followUp', followUps, { sample: true })
  const documents = await loadSampleDocuments(db)
  const meetings = await loadSampleMeetings(db, {
    ipOffice: CITY_IP_OFFICE_ID,
    federation: CITY_FEDERATION_ID,
    contacts: contacts.map((row) => row.id),
    enterprises: created.map((row) => row.id),
  })
  const liaison = sampleLiaisonEntries(
    {
      ipOffice: CITY_IP_OFFICE_ID,
      federation: CITY_FEDERATION_ID,
      meetings: meetings.meetingIds,
    },
    dayjs().format('YYYY-MM-DD'),
  )
  await createRecords(db, 'liaisonEntry', liaison, { sample: true })
  const plan = sampleConsultation(
    {
      ipOffice: CITY_IP_OFFICE_ID,
      federation: CITY_FEDERATION_ID,
      enterprises: created.map((row) => row.id),
    },
    dayjs().format('YYYY-MM-DD'),
  )
  const [consultation] = await createRecords(db, 'consultation', [plan.consultation], {
    sample: true,
  })
  if (consultation) {
    await createRecords(
      db,
      'opinion',
      plan.opinions.map((opinion) => ({ ...opinion, parentId: consultation.id })),
      { sample: true },
    )
  }
  const visits = await loadSampleSurvey(db, {
    ipOffice: CITY_IP_OFFICE_ID,
    federation: CITY_FEDERATION_ID,
    contacts: contacts.map((row) => row.id),
    enterprises: created.map((row) => ({ id: row.id, name: row.name })),
  })
  const trainings = await loadSampleTraining(db, {
    ipOffice: CITY_IP_OFFICE_ID,
    federation: CITY_FEDERATION_ID,
    enterprises: created.map((row) => ({ id: row.id, name: row.name })),
  })
  const information = sampleInformation(dayjs().format('YYYY-MM-DD'))
  const sample = { sample: true }
  const policies = await createRecords(db, 'policy', information.policies, sample)
  const cases = await createRecords(db, 'referenceCase', information.referenceCases, sample)
  const publicity = await createRecords(db, 'publicity', information.publicity, sample)
  const briefings = await createRecords(
    db,
    'briefing',
    [sampleBriefing(policies, cases, dayjs().format('YYYY-MM-DD'))],
    sample,
  )
  // Changes after this one are someone's edits: 清除示例数据 keeps what they touched.
  const lastChange = await db.changes.orderBy('hlc').last()
  if (lastChange) await db.meta.put({ key: SAMPLES_LOADED, value: lastChange.hlc })
  return {
    meeting: meetings.meeting,
    actionItem: meetings.actionItem,
    liaisonEntry: liaison.length,
    consultation: consultation ? 1 : 0,
    survey: visits > 0 ? 1 : 0,
    visit: visits,
    training: trainings.registration > 0 ? 1 : 0,
    registration: trainings.registration,
    trainingFeedback: trainings.trainingFeedback,
    policy: policies.length,
    referenceCase: cases.length,
    publicity: publicity.length,
    briefing: briefings.length,
    enterprise: enterprises.length,
    org: orgs.length,
    contact: dataset.contacts.length,
    document: documents,
    followUp: followUps.length,
  }
}

/** The 示例 survey with its visits; how many visits were written. */
async function loadSampleSurvey(db: XiezhiDatabase, ids: SurveySampleIds): Promise<number> {
  const plan = sampleSurvey(ids, dayjs().format('YYYY-MM-DD'))
  const [survey] = await createRecords(db, 'survey', [plan.survey], { sample: true })
  if (!survey) return 0
  const visits = plan.visits.map((visit) => ({ ...visit, parentId: survey.id }))
  return (await createRecords(db, 'visit', visits, { sample: true })).length
}

/** The 示例 training with its registrations and 匿名反馈; how many of each were written. */
async function loadSampleTraining(
  db: XiezhiDatabase,
  ids: TrainingSampleIds,
): Promise<{ registration: number; trainingFeedback: number }> {
  const plan = sampleTraining(ids, dayjs().format('YYYY-MM-DD'))
  const [training] = await createRecords(db, 'training', [plan.training], { sample: true })
  if (!training) return { registration: 0, trainingFeedback: 0 }
  const children = <T extends object>(rows: readonly T[]) =>
    rows.map((row) => ({ ...row, parentId: training.id }))
  const sample = { sample: true }
  return {
    registration: (await createRecords(db, 'registration', children(plan.registrations), sample))
      .length,
    trainingFeedback: (
      await createRecords(db, 'trainingFeedback', children(plan.anonymousFeedback), sample)
    ).length,
  }
}

/** 示例 meetings with their agenda, decisions, the action items decided and their progress. */
async function loadSampleMeetings(
  db: XiezhiDatabase,
  ids: MeetingSampleIds,
): Promise<{ meeting: number; actionItem: number; meetingIds: string[] }> {
  const plans = sampleMeetings(ids, dayjs().format('YYYY-MM-DD'))
  const sample = { sample: true }
  let actionItems = 0
  const meetingIds: string[] = []
  for (const plan of plans) {
    const [meeting] = await createRecords(db, 'meeting', [plan.meeting], sample)
    if (!meeting) continue
    meetingIds.push(meeting.id)
    const parentId = meeting.id
    await createRecords(
      db,
      'enterpriseDelegate',
      plan.delegates.map((delegate) => ({ ...delegate, parentId })),
      sample,
    )
    await createRecords(
      db,
      'agendaItem',
      plan.agenda.map((item) => ({ ...item, parentId })),
      sample,
    )
    for (const { decision, actions } of plan.decisions) {
      const [made] = await createRecords(db, 'decision', [{ ...decision, parentId }], sample)
      if (!made) continue
      const links = [
        encodeParty({ kind: 'meeting', id: parentId }),
        encodeParty({ kind: 'decision', id: made.id }),
      ]
      for (const action of actions) {
        const [item] = await createRecords(db, 'actionItem', [{ ...action.item, links }], sample)
        if (!item) continue
        actionItems++
        let order: string | null = null
        const notes = action.progress.map((note) => {
          order = orderKeyBetween(order, null)
          return { ...note, order, parentId: item.id }
        })
        await createRecords(db, 'progressNote', notes, sample)
      }
    }
  }
  return { meeting: plans.length, actionItem: actionItems, meetingIds }
}

/** The 示例 register of this year, through the register's own save (numbers checked). */
async function loadSampleDocuments(db: XiezhiDatabase): Promise<number> {
  const documents = sampleDocuments(new Date().getFullYear())
  for (const document of documents) {
    const { definition, ...entry } = document
    await saveDocument(
      db,
      undefined,
      { ...entry, definition: definition ? JSON.stringify(definition) : '' },
      { sample: true },
    )
  }
  return documents.length
}

/** What 清除示例数据 will remove (how many) and keep (which, and why), for the user to confirm. */
export async function previewSampleClearing(
  db: XiezhiDatabase,
): Promise<{ remove: number; keep: readonly KeptSample[] }> {
  const plan = await planSampleClearing(db)
  const remove = [...plan.remove.values()].reduce((sum, rows) => sum + rows.length, 0)
  return { remove, keep: plan.keep }
}

/**
 * Removes the 示例 records nobody edited or refers to, and their change-log entries (see
 * planSampleClearing), in one transaction. Returns how many were removed and what was kept.
 */
export async function clearSampleData(
  db: XiezhiDatabase,
): Promise<{ removed: number; kept: readonly KeptSample[] }> {
  const tables = KIND_NAMES.map((kind) => db.records(kind))
  let removed = 0
  let kept: readonly KeptSample[] = []
  await db.transaction('rw', [...tables, db.changes, db.tallies, db.meta], async () => {
    const plan = await planSampleClearing(db)
    kept = plan.keep
    for (const [kind, samples] of plan.remove) {
      const ids = samples.map((row) => row.id)
      // Removed outside applyChanges (they leave no tombstone), so taken off the tally here.
      const delta = tallyOfRows(KINDS[kind].tallied ?? [], samples, -1)
      await addToTallies(db, new Map([[kind, delta]]))
      await db.changes
        .where('[kind+recordId]')
        .anyOf(ids.map((id) => [kind, id]))
        .delete()
      await db.records(kind).bulkDelete(ids)
      removed += ids.length
    }
    // Kept samples are the user's now: a later clearing leaves them as they are.
    for (const sample of kept) {
      await db.records(sample.kind).update(sample.id, { sample: undefined })
    }
    if (kept.length === 0) await db.meta.delete(SAMPLES_LOADED)
  })
  for (const kind of KIND_NAMES) db.changeFeed.emit({ kind, ids: [] })
  return { removed, kept }
}
