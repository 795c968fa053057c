import { z } from 'zod';

export const blockKinds = [
  'welcome',
  'agreements',
  'round',
  'openFloor',
  'break',
  'reading',
  'closingRound',
  'free',
] as const;

export type BlockKind = (typeof blockKinds)[number];

/** Kinds where each person speaks in turn: they carry a per-speaker time. */
export const roundKinds: readonly BlockKind[] = ['round', 'closingRound'];
export const isRoundKind = (kind: BlockKind): boolean => roundKinds.includes(kind);

export const BLOCK_TITLE_MAX = 80;
export const BLOCK_PROMPT_MAX = 500;
/** Longest block: 10 hours, far beyond any real session, to catch typos. */
export const BLOCK_DURATION_MAX_MIN = 600;
export const TURN_MIN_SEC = 15;
export const TURN_MAX_SEC = 3600;
export const BLOCKS_MAX = 40;

export const blockSchema = z
  .object({
    id: z.string().min(1).max(64),
    kind: z.enum(blockKinds),
    title: z
      .string()
      .trim()
      .min(1, { message: 'empty' })
      .max(BLOCK_TITLE_MAX, { message: 'too_long' }),
    /** For rounds, the question asked to each person. */
    prompt: z.string().trim().max(BLOCK_PROMPT_MAX, { message: 'too_long' }),
    durationMin: z
      .number()
      .int({ message: 'not_whole' })
      .min(0, { message: 'out_of_range' })
      .max(BLOCK_DURATION_MAX_MIN, { message: 'out_of_range' }),
    /** Per-speaker time, rounds only (null otherwise). */
    turnSec: z
      .number()
      .int({ message: 'not_whole' })
      .min(TURN_MIN_SEC, { message: 'out_of_range' })
      .max(TURN_MAX_SEC, { message: 'out_of_range' })
      .nullable(),
    passAllowed: z.boolean(),
  })
  .strict()
  .refine((b) => !isRoundKind(b.kind) || b.turnSec !== null, {
    message: 'turn_required',
    path: ['turnSec'],
  });

export type Block = z.infer<typeof blockSchema>;
