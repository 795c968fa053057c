import type { ActivityKind, EngineState } from '../../../shared/rounds';

/** A change in the speaking activity worth saying to everyone (aria-live polite). */
export type TurnNews =
  | { kind: 'started'; activity: ActivityKind; speaker: string | null }
  | { kind: 'speaker'; peerId: string }
  | { kind: 'everyoneSpoke' }
  | { kind: 'floorOpen' }
  | { kind: 'paused' }
  | { kind: 'resumed' }
  | { kind: 'ended'; activity: ActivityKind };

/**
 * What changed between two states, in words a person cares about: a new
 * activity, a new speaker, a pause, the end. Null when nothing worth saying
 * happened (a hand raised, a reorder, a tick of time).
 */
export function turnNews(before: EngineState | null, after: EngineState): TurnNews | null {
  const was = before?.activity ?? null;
  const now = after.activity;
  if (now === null) return was ? { kind: 'ended', activity: was.kind } : null;
  const speakerNow = now.kind === 'freeTime' ? null : now.speaker;
  if (was === null || was.kind !== now.kind || was.startedAt !== now.startedAt) {
    return { kind: 'started', activity: now.kind, speaker: speakerNow };
  }
  const speakerWas = was.kind === 'freeTime' ? null : was.speaker;
  if (speakerNow !== speakerWas) {
    if (speakerNow !== null) return { kind: 'speaker', peerId: speakerNow };
    return now.kind === 'round' ? { kind: 'everyoneSpoke' } : { kind: 'floorOpen' };
  }
  const pausedWas = was.timer !== null && was.timer.runningSince === null;
  const pausedNow = now.timer !== null && now.timer.runningSince === null;
  if (pausedWas !== pausedNow) return { kind: pausedNow ? 'paused' : 'resumed' };
  return null;
}
