import { isRoundKind, type Block } from '../../../../../shared/plans/blocks';
import { FREE_TIME_MS_MAX, TURN_MS_MAX, TURN_MS_MIN } from '../../../../../shared/rounds';

/** What starting a block does in one action: its round, its open floor, or its countdown. */
export type BlockAction =
  | { kind: 'round'; turnMs: number; passAllowed: boolean }
  | { kind: 'openFloor'; turnMs: number | null }
  | { kind: 'freeTime'; durationMs: number };

const clamp = (ms: number, min: number, max: number) => Math.min(Math.max(ms, min), max);

/**
 * The plan's settings as the session server takes them. Rounds use the
 * per-speaker time and "je passe" choice; an open floor its per-speaker
 * limit if it has one; any other timed block (welcome, break, reading) a
 * plain countdown of its length. A block of 0 minutes has nothing to start.
 */
export function blockAction(block: Block): BlockAction | null {
  if (isRoundKind(block.kind)) {
    const turnMs = clamp((block.turnSec ?? 0) * 1000, TURN_MS_MIN, TURN_MS_MAX);
    return { kind: 'round', turnMs, passAllowed: block.passAllowed };
  }
  if (block.kind === 'openFloor') {
    const turnMs =
      block.turnSec === null ? null : clamp(block.turnSec * 1000, TURN_MS_MIN, TURN_MS_MAX);
    return { kind: 'openFloor', turnMs };
  }
  if (block.durationMin <= 0) return null;
  return { kind: 'freeTime', durationMs: Math.min(block.durationMin * 60_000, FREE_TIME_MS_MAX) };
}

/** When a block actually ran, on this computer's clock. */
export type BlockTiming = { startedAt: number; endedAt: number | null };

export type AgendaRow = {
  block: Block;
  /** Minutes from the start of the session, as planned. */
  plannedStartMin: number;
  status: 'upcoming' | 'current' | 'done';
  /** Time the block has taken so far; null if it never started. */
  actualMs: number | null;
  /** Over its planned length (ms, 0 when within). */
  overMs: number;
};

/** The live agenda: each block of the frozen plan with its planned and actual time. */
export function agendaRows(
  blocks: readonly Block[],
  timings: Readonly<Record<string, BlockTiming>>,
  currentId: string | null,
  now: number,
): AgendaRow[] {
  let startMin = 0;
  return blocks.map((block) => {
    const timing = timings[block.id];
    const actualMs = timing ? (timing.endedAt ?? now) - timing.startedAt : null;
    const row: AgendaRow = {
      block,
      plannedStartMin: startMin,
      status: block.id === currentId ? 'current' : timing ? 'done' : 'upcoming',
      actualMs,
      overMs: actualMs === null ? 0 : Math.max(0, actualMs - block.durationMin * 60_000),
    };
    startMin += block.durationMin;
    return row;
  });
}

/** The block after the current one, to offer as the next step. */
export function nextBlockId(blocks: readonly Block[], currentId: string | null): string | null {
  if (currentId === null) return blocks[0]?.id ?? null;
  const index = blocks.findIndex((block) => block.id === currentId);
  return blocks[index + 1]?.id ?? null;
}

/** "18:30" plus some minutes, on a 24-hour clock: when the plan puts a block. */
export function plannedClock(startTime: string, offsetMin: number): string {
  const [hours = 0, minutes = 0] = startTime.split(':').map(Number);
  const total = (((hours * 60 + minutes + offsetMin) % 1440) + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * Minutes typed by hand ("3", "0,5", "1.5") as milliseconds, or null when
 * it is not a number or is outside what the server takes for a turn (5 s to 1 h).
 */
export function typedMinutesMs(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null;
  const ms = Math.round(Number(trimmed) * 60_000);
  return ms >= TURN_MS_MIN && ms <= TURN_MS_MAX ? ms : null;
}
