import type { NotificationData } from '../../shared/signaling';
import type { ActivityRecord, EngineState, TurnOutcome } from '../../shared/rounds';

export type TurnOutcomeNote = NotificationData<'turnOutcome'>;
type Outcome = TurnOutcomeNote['outcome'];
type TurnLike = { peerId: string; outcome: TurnOutcome | Exclude<TurnOutcome, 'speaking'> };

/** A settled outcome, or null while the turn is still to come or under way. */
function settled(outcome: TurnLike['outcome']): Exclude<Outcome, 'pending'> | null {
  return outcome === 'pending' || outcome === 'speaking' ? null : outcome;
}

type RoundTurns = {
  startedAt: number;
  turns: ReadonlyArray<TurnLike & { spokenMs: number }>;
};

function roundOf(state: EngineState): RoundTurns | null {
  return state.activity?.kind === 'round' ? state.activity : null;
}

function recordOf(state: EngineState, startedAt: number): RoundTurns | null {
  const last: ActivityRecord | undefined = state.history.at(-1);
  return last?.kind === 'round' && last.startedAt === startedAt ? last : null;
}

/**
 * The round turns whose outcome changed between two states: settled (spoke,
 * passed, skipped, left), or reopened (`pending`: a "back", or someone who
 * left coming back). When the round ends, its record is the "after": the turn
 * under way counts as spoken. The facilitator's app forwards each one to its
 * main process, which keeps the latest outcome per (round, person): a turn
 * counts once, by how it ended (src/main/services/attendance.ts).
 */
export function turnOutcomeChanges(before: EngineState, after: EngineState): TurnOutcomeNote[] {
  const previous = roundOf(before);
  if (previous === null) return [];
  const current = roundOf(after);
  const next =
    current?.startedAt === previous.startedAt ? current : recordOf(after, previous.startedAt);
  if (next === null) return [];
  const was = new Map(previous.turns.map((turn) => [turn.peerId, settled(turn.outcome)]));
  const notes: TurnOutcomeNote[] = [];
  for (const turn of next.turns) {
    const now = settled(turn.outcome);
    if ((was.get(turn.peerId) ?? null) === now) continue;
    notes.push({
      roundStartedAt: previous.startedAt,
      peerId: turn.peerId,
      outcome: now ?? 'pending',
      spokenMs: turn.spokenMs,
      at: after.at,
    });
  }
  return notes;
}
