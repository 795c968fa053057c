import { assertUnreachable } from '../errors';
import { done, fail, type EventOf, type Step } from './events';
import { insertAtTail, orderFor } from './order';
import type { ActivityRecord, RosterEntry, RoundState, Turn, TurnOutcome } from './state';
import {
  extendTimer,
  isRunning,
  pauseTimer,
  resumeTimer,
  startTimer,
  timerElapsedMs,
} from './timer';

export type RoundActionEvent = EventOf<
  | 'round.next'
  | 'round.pass'
  | 'round.skip'
  | 'round.extend'
  | 'round.pause'
  | 'round.resume'
  | 'round.back'
  | 'round.reorder'
>;

const isOpen = (turn: Turn): boolean => turn.outcome === 'pending' || turn.outcome === 'speaking';
const appendTurn = (turns: readonly Turn[], turn: Turn): Turn[] =>
  insertAtTail(
    turns,
    turn,
    (t) => t.addedAt,
    (t) => t.peerId,
  );

/**
 * Restores the invariant "the speaker is the first turn not yet settled".
 * Every change goes through here, which is what makes the result independent
 * of the order of simultaneous joins and departures: whoever is first in the
 * order afterwards speaks, however we got there.
 */
function settle(round: RoundState, at: number): RoundState {
  const first = round.turns.findIndex(isOpen);
  const firstTurn = round.turns[first];
  if (firstTurn?.outcome === 'speaking') return round;
  // A speaker who is no longer first (a go-back, or a late joiner sorted ahead) waits again.
  const turns = round.turns.map((turn) =>
    turn.outcome === 'speaking' ? close(round, turn, 'pending', at) : turn,
  );
  if (firstTurn === undefined) return { ...round, turns, speaker: null, timer: null };
  turns[first] = { ...firstTurn, outcome: 'speaking' };
  // The time already spoken counts: a turn given back resumes where it stopped.
  const timer = startTimer(at, firstTurn.allottedMs, firstTurn.spokenMs);
  return { ...round, turns, speaker: firstTurn.peerId, timer };
}

/** The speaker's turn as it stands at `at`, with the live figures from the timer. */
function close(round: RoundState, turn: Turn, outcome: TurnOutcome, at: number): Turn {
  const timer = round.timer;
  if (timer === null) return { ...turn, outcome };
  return {
    ...turn,
    outcome,
    spokenMs: timerElapsedMs(timer, at),
    allottedMs: timer.durationMs ?? turn.allottedMs,
  };
}

function endSpeakerTurn(round: RoundState, outcome: TurnOutcome, at: number): RoundState {
  const turns = round.turns.map((t) =>
    t.outcome === 'speaking' ? close(round, t, outcome, at) : t,
  );
  return settle({ ...round, turns, speaker: null, timer: null }, at);
}

function setOutcome(round: RoundState, peerId: string, outcome: TurnOutcome): RoundState {
  return {
    ...round,
    turns: round.turns.map((t) => (t.peerId === peerId ? { ...t, outcome } : t)),
  };
}

export function startRound(
  event: EventOf<'round.start'>,
  roster: readonly RosterEntry[],
): Step<RoundState> {
  const order = orderFor(event.order, roster);
  if (!order.ok) return order;
  if (order.value.length === 0) return fail('EMPTY_ORDER', 'Nobody to take a turn.');
  const turns = order.value.map((peerId): Turn => ({
    peerId,
    outcome: 'pending',
    addedAt: event.at,
    spokenMs: 0,
    allottedMs: event.turnMs,
  }));
  const round: RoundState = {
    kind: 'round',
    startedAt: event.at,
    turnMs: event.turnMs,
    passAllowed: event.passAllowed,
    lateJoiners: event.lateJoiners,
    turns,
    speaker: null,
    timer: null,
  };
  return done(settle(round, event.at));
}

function checkSpeaker(round: RoundState, peerId: string): Step<RoundState> {
  if (round.speaker === null) return fail('NO_SPEAKER', 'Everyone has had their turn.');
  if (round.speaker !== peerId) {
    return fail('NOT_CURRENT_SPEAKER', `${peerId} does not have the floor.`);
  }
  return done(round);
}

/**
 * Gives the floor back to the turn before the current one (or the last one once
 * everyone has spoken), whatever its outcome: an accidental "next", pass or
 * skip is undone. The current speaker waits again, keeping the time spoken.
 */
function back(round: RoundState, roster: readonly RosterEntry[], at: number): Step<RoundState> {
  const first = round.turns.findIndex(isOpen);
  const end = first === -1 ? round.turns.length : first;
  // People no longer in the call are passed over going back as going forward.
  const present = new Set(roster.map((r) => r.peerId));
  let target = end - 1;
  while (target >= 0 && !present.has(round.turns[target]?.peerId ?? '')) target--;
  const turn = round.turns[target];
  if (turn === undefined) return fail('NOTHING_TO_GO_BACK', 'Nobody in the call has spoken yet.');
  return done(settle(setOutcome(round, turn.peerId, 'pending'), at));
}

function reorder(round: RoundState, peerIds: readonly string[]): Step<RoundState> {
  const waiting = round.turns.filter((t) => t.outcome === 'pending');
  const byId = new Map(waiting.map((t) => [t.peerId, t]));
  const same =
    peerIds.length === waiting.length &&
    new Set(peerIds).size === peerIds.length &&
    peerIds.every((id) => byId.has(id));
  if (!same) {
    return fail('INVALID_ORDER', 'The new order must list exactly the people still waiting.');
  }
  // Waiting people fill the waiting places in the new order; settled turns keep their places.
  let next = 0;
  const turns = round.turns.map((t) =>
    t.outcome === 'pending' ? (byId.get(peerIds[next++] as string) as Turn) : t,
  );
  return done({ ...round, turns });
}

export function reduceRound(
  round: RoundState,
  event: RoundActionEvent,
  roster: readonly RosterEntry[],
): Step<RoundState> {
  const { at } = event;
  switch (event.type) {
    case 'round.next': {
      const check = checkSpeaker(round, event.peerId);
      return check.ok ? done(endSpeakerTurn(round, 'spoke', at)) : check;
    }
    case 'round.pass': {
      if (!round.passAllowed) {
        return fail('PASS_NOT_ALLOWED', 'Passing is not offered in this round.');
      }
      const check = checkSpeaker(round, event.peerId);
      return check.ok ? done(endSpeakerTurn(round, 'passed', at)) : check;
    }
    case 'round.skip': {
      const turn = round.turns.find((t) => t.peerId === event.peerId);
      if (turn === undefined) {
        return fail('NOT_IN_ORDER', `${event.peerId} has no turn in this round.`);
      }
      if (turn.outcome === 'speaking') return done(endSpeakerTurn(round, 'skipped', at));
      if (turn.outcome !== 'pending') {
        return fail('TURN_SETTLED', `${event.peerId}'s turn is over.`);
      }
      return done(setOutcome(round, event.peerId, 'skipped'));
    }
    case 'round.extend': {
      const check = checkSpeaker(round, event.peerId);
      if (!check.ok || round.timer === null) return check;
      return done({ ...round, timer: extendTimer(round.timer, event.ms) });
    }
    case 'round.pause':
    case 'round.resume': {
      if (round.timer === null) return fail('NO_SPEAKER', 'Everyone has had their turn.');
      const pausing = event.type === 'round.pause';
      if (pausing && !isRunning(round.timer)) return fail('ALREADY_PAUSED', 'The turn is paused.');
      if (!pausing && isRunning(round.timer)) return fail('NOT_PAUSED', 'The turn is running.');
      const timer = pausing ? pauseTimer(round.timer, at) : resumeTimer(round.timer, at);
      return done({ ...round, timer });
    }
    case 'round.back':
      return back(round, roster, at);
    case 'round.reorder':
      return reorder(round, event.peerIds);
    default:
      return assertUnreachable(event);
  }
}

/** Someone left the call: their turn, if still to come or under way, is settled as `left`. */
export function roundPeerLeft(round: RoundState, peerId: string, at: number): RoundState {
  const turn = round.turns.find((t) => t.peerId === peerId);
  if (turn?.outcome === 'speaking') return endSpeakerTurn(round, 'left', at);
  if (turn?.outcome === 'pending') return setOutcome(round, peerId, 'left');
  return round;
}

/**
 * Someone joined the call. A person coming back before their turn was settled
 * goes to the end of the order, whatever the late-joiner choice (it is about
 * newcomers); a newcomer is added at the end only if the facilitator chose so.
 * The server should report a departure only after its reconnection grace
 * period, so a brief drop never costs anyone their place.
 */
export function roundPeerJoined(round: RoundState, peerId: string, at: number): RoundState {
  const turn = round.turns.find((t) => t.peerId === peerId);
  if (turn !== undefined && turn.outcome !== 'left') return round;
  if (turn === undefined && round.lateJoiners === 'ignore') return round;
  const rest = round.turns.filter((t) => t.peerId !== peerId);
  const added: Turn = turn
    ? { ...turn, outcome: 'pending', addedAt: at }
    : { peerId, outcome: 'pending', addedAt: at, spokenMs: 0, allottedMs: round.turnMs };
  return settle({ ...round, turns: appendTurn(rest, added) }, at);
}

/** The round as it ended; a turn under way counts as spoken. */
export function recordRound(round: RoundState, at: number): ActivityRecord {
  const turns = round.turns.map((t) => {
    const closed = t.outcome === 'speaking' ? close(round, t, 'spoke', at) : t;
    const outcome = closed.outcome === 'speaking' ? 'spoke' : closed.outcome;
    return { peerId: t.peerId, outcome, spokenMs: closed.spokenMs };
  });
  return { kind: 'round', startedAt: round.startedAt, endedAt: at, turns };
}
