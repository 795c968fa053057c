import { isRoundKind, type BlockKind } from '../../../../../shared/plans/blocks';

/** What a new block of each kind starts with: a sensible length, and a turn for rounds. */
export const newBlockDefaults: Record<BlockKind, { durationMin: number; turnSec: number | null }> =
  {
    welcome: { durationMin: 5, turnSec: null },
    agreements: { durationMin: 5, turnSec: null },
    round: { durationMin: 30, turnSec: 180 },
    openFloor: { durationMin: 15, turnSec: null },
    break: { durationMin: 10, turnSec: null },
    reading: { durationMin: 5, turnSec: null },
    closingRound: { durationMin: 10, turnSec: 60 },
    free: { durationMin: 10, turnSec: null },
  };

export { isRoundKind };

/** A block id that stays unique inside a plan (blockSchema allows 64 characters). */
export function newBlockId(): string {
  const random = globalThis.crypto?.randomUUID?.();
  return random ?? `b-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
