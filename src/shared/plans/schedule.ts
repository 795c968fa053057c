import { isRoundKind, type Block } from './blocks';

const MINUTES_PER_DAY = 24 * 60;

export type ScheduledBlock = {
  blockId: string;
  /** Minutes after midnight of the session's first day (may pass 1440). */
  startMin: number;
  endMin: number;
};

export type RoundOverrun = {
  blockId: string;
  /** Per-speaker time × expected group size. */
  neededSec: number;
  availableSec: number;
};

export type Schedule = {
  blocks: ScheduledBlock[];
  totalMin: number;
  startMin: number;
  endMin: number;
  overruns: RoundOverrun[];
};

/** "19:30" → 1170. Assumes a valid HH:MM (validated at the boundary). */
export function clockToMinutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** 1530 → { clock: '01:30', dayOffset: 1 }: a session may run past midnight. */
export function minutesToClock(minutes: number): { clock: string; dayOffset: number } {
  const dayOffset = Math.floor(minutes / MINUTES_PER_DAY);
  const inDay = minutes - dayOffset * MINUTES_PER_DAY;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { clock: `${pad(Math.floor(inDay / 60))}:${pad(inDay % 60)}`, dayOffset };
}

/** How long a round needs if everyone expected speaks for their full turn. */
export function roundNeedSec(block: Block, groupSize: number): number {
  return isRoundKind(block.kind) && block.turnSec !== null ? block.turnSec * groupSize : 0;
}

/**
 * Start and end of each block from a start time, the total, and the rounds
 * whose turns cannot fit: per-speaker time × expected group size > block.
 * Zero-length blocks take no time and never overrun unless they are rounds.
 */
export function computeSchedule(
  blocks: readonly Block[],
  startTime: string,
  expectedGroupSize: number,
): Schedule {
  const startMin = clockToMinutes(startTime);
  let cursor = startMin;
  const scheduled: ScheduledBlock[] = [];
  const overruns: RoundOverrun[] = [];
  for (const block of blocks) {
    scheduled.push({ blockId: block.id, startMin: cursor, endMin: cursor + block.durationMin });
    cursor += block.durationMin;
    const neededSec = roundNeedSec(block, expectedGroupSize);
    const availableSec = block.durationMin * 60;
    if (neededSec > availableSec) overruns.push({ blockId: block.id, neededSec, availableSec });
  }
  return { blocks: scheduled, totalMin: cursor - startMin, startMin, endMin: cursor, overruns };
}

export function totalMinutes(blocks: readonly Pick<Block, 'durationMin'>[]): number {
  return blocks.reduce((sum, b) => sum + b.durationMin, 0);
}
