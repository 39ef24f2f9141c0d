import { z } from '../zod'

/**
 * A record's workflow: named states and the moves allowed between them. A move records who made
 * it, when and why (a note, required for moves that send work back); a move not allowed from the
 * current state is refused with the reason in Chinese. Pure: the data layer applies the fields a
 * move produces through applyChanges like any edit.
 */
export interface WorkflowState<S extends string = string> {
  readonly value: S
  readonly label: string
  /** Finished: its deadline no longer runs (not overdue, not due soon). */
  readonly closed?: boolean
}

export interface WorkflowMove<S extends string = string> {
  /** The button that makes the move: 开始办理, 办结, 退回. */
  readonly label: string
  readonly from: readonly S[]
  /** The state after the move; absent for a move that records without changing it (延期). */
  readonly to?: S
  /** The user must say why (退回, 延期). */
  readonly needsNote?: boolean
}

export interface Workflow<S extends string = string> {
  readonly states: readonly WorkflowState<S>[]
  readonly initial: S
  readonly moves: readonly WorkflowMove<S>[]
}

export const stateLogEntrySchema = z.object({
  from: z.string().max(40),
  to: z.string().max(40),
  move: z.string().max(40),
  user: z.string().max(100),
  at: z.number().int().nonnegative(),
  note: z.string().max(500),
})

export type StateLogEntry = z.infer<typeof stateLogEntrySchema>

export function stateLabel(workflow: Workflow, state: string): string {
  return workflow.states.find((s) => s.value === state)?.label ?? state
}

export function isClosed(workflow: Workflow, state: string): boolean {
  return workflow.states.find((s) => s.value === state)?.closed === true
}

/** The moves open from a state, in the order declared. */
export function movesFrom<S extends string>(
  workflow: Workflow<S>,
  state: string,
): readonly WorkflowMove<S>[] {
  return workflow.moves.filter((move) => (move.from as readonly string[]).includes(state))
}

export type MoveResult =
  | {
      readonly ok: true
      readonly state: string
      readonly entry: StateLogEntry
    }
  | { readonly ok: false; readonly message: string }

/** Checks a move from `current` by its label and builds the log entry it adds. */
export function planMove(
  workflow: Workflow,
  current: string,
  moveLabel: string,
  by: { readonly user: string; readonly at: number; readonly note: string },
): MoveResult {
  const move = workflow.moves.find((m) => m.label === moveLabel)
  if (!move) return { ok: false, message: `没有“${moveLabel}”这一步` }
  if (!move.from.includes(current)) {
    return {
      ok: false,
      message: `状态为“${stateLabel(workflow, current)}”时不能${move.label}`,
    }
  }
  const note = by.note.trim()
  if (move.needsNote && note === '') return { ok: false, message: `${move.label}需要填写原因` }
  const to = move.to ?? current
  return {
    ok: true,
    state: to,
    entry: { from: current, to, move: move.label, user: by.user, at: by.at, note },
  }
}
