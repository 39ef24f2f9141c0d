import { textOf } from '../kinds/display'
import { sameRegistrant, SIGNED_IN } from '../kinds/training'
import { unitKey } from './trainingStats'

type Row = Readonly<Record<string, unknown>>

/** One line of a reach table: trainings held, attendances, and enterprises reached. */
export interface ReachLine {
  readonly label: string
  readonly trainings: number
  /** 参训人次: attendances (a person at two trainings counts twice). */
  readonly attendances: number
  readonly enterprises: number
}

/** Whom a set of trainings reached, in total and by 培训类型, 所属区 and month. */
export interface TrainingReach {
  readonly total: ReachLine & {
    readonly registered: number
    /** 参训人数: people, each once however many trainings they came to. */
    readonly persons: number
  }
  readonly byType: readonly ReachLine[]
  readonly byDistrict: readonly ReachLine[]
  readonly byMonth: readonly ReachLine[]
}

/** Those who came to a training from no enterprise of 企业库 are counted under this 所属区. */
export const NOT_IN_DIRECTORY = '未关联企业库'

interface Attendance {
  readonly training: Row & { readonly id: string }
  readonly registration: Row
}

function lines(
  attendances: readonly Attendance[],
  trainings: readonly (Row & { readonly id: string })[],
  groupOf: (training: Row, registration?: Row) => string,
  order: (a: string, b: string) => number,
): ReachLine[] {
  const groups = new Map<string, { trainings: Set<string>; count: number; units: Set<string> }>()
  const group = (label: string) => {
    let found = groups.get(label)
    if (!found) {
      found = { trainings: new Set(), count: 0, units: new Set() }
      groups.set(label, found)
    }
    return found
  }
  for (const training of trainings) {
    const label = groupOf(training)
    if (label) group(label).trainings.add(training.id)
  }
  for (const { training, registration } of attendances) {
    const found = group(groupOf(training, registration))
    found.trainings.add(training.id)
    found.count += 1
    const unit = unitKey(registration)
    if (unit) found.units.add(unit)
  }
  return [...groups]
    .map(([label, found]) => ({
      label,
      trainings: found.trainings.size,
      attendances: found.count,
      enterprises: found.units.size,
    }))
    .sort((a, b) => order(a.label, b.label))
}

/**
 * What trainings reached: only those who came (签到) count; an enterprise is the one of 企业库 the
 * registration names, else its unit as written; a district is that enterprise's 所属区.
 * `districts` orders districts the official way; months run in time order.
 */
export function trainingReach(
  trainings: readonly (Row & { readonly id: string })[],
  registrationsOf: (trainingId: string) => readonly Row[],
  /** The 所属区 of an enterprise of 企业库 ('' when not filled), undefined when it is gone. */
  districtOf: (enterpriseId: string) => string | undefined,
  districts: readonly string[],
  types: readonly string[],
): TrainingReach {
  const registered = trainings.flatMap((training) =>
    registrationsOf(training.id).map((registration) => ({ training, registration })),
  )
  const came = registered.filter(({ registration }) => registration.attended === SIGNED_IN)
  const rank = (list: readonly string[]) => (label: string) => {
    const index = list.indexOf(label)
    return index === -1 ? list.length : index
  }
  const typeRank = rank(types)
  const districtRank = rank(districts)
  return {
    total: {
      label: '合计',
      trainings: trainings.length,
      attendances: came.length,
      enterprises: new Set(came.map(({ registration }) => unitKey(registration)).filter(Boolean))
        .size,
      registered: registered.length,
      // A person across trainings is one 报名 would be refused as the same: name with phone or unit.
      persons: new Set(came.map(({ registration }) => sameRegistrant(registration))).size,
    },
    byType: lines(
      came,
      trainings,
      (training) => textOf(training.type) || '未填写',
      (a, b) => typeRank(a) - typeRank(b),
    ),
    // A training is held in no district: only its attendances are counted by their enterprise's.
    byDistrict: lines(
      came,
      [],
      (_, registration) => {
        const enterprise = textOf(registration?.enterprise)
        const district = enterprise ? districtOf(enterprise) : undefined
        return district === undefined ? NOT_IN_DIRECTORY : district || '未填写'
      },
      (a, b) => districtRank(a) - districtRank(b),
    ),
    byMonth: lines(
      came,
      trainings,
      (training) => {
        const month = textOf(training.startAt).slice(0, 7)
        return month ? `${month.slice(0, 4)}年${String(Number(month.slice(5, 7)))}月` : '未填写'
      },
      (a, b) => monthKey(a).localeCompare(monthKey(b)),
    ),
  }
}

/** 2026年3月 → 2026-03 for ordering; 未填写 last. */
const monthKey = (label: string) => {
  const found = /^(\d{4})年(\d{1,2})月$/.exec(label)
  return found ? `${found[1] ?? ''}-${(found[2] ?? '').padStart(2, '0')}` : '9999'
}
