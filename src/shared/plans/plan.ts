import { z } from 'zod';
import { BLOCKS_MAX, blockSchema } from './blocks';

export const PLAN_NAME_MAX = 80;
export const GROUP_SIZE_MAX = 50;

export const planNameSchema = z
  .string()
  .trim()
  .min(1, { message: 'empty' })
  .max(PLAN_NAME_MAX, { message: 'too_long' });

/** "HH:MM", 24-hour clock. */
export const clockTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'invalid_time' });

/** What a facilitator edits: everything but identity and timestamps. */
export const planContentSchema = z
  .object({
    name: planNameSchema,
    /** How many people the facilitator expects; drives the round-overrun warning. */
    expectedGroupSize: z
      .number()
      .int({ message: 'not_whole' })
      .min(1, { message: 'out_of_range' })
      .max(GROUP_SIZE_MAX, { message: 'out_of_range' }),
    /** Start time used to preview block times in the editor and on paper. */
    startTime: clockTimeSchema,
    blocks: z
      .array(blockSchema)
      .max(BLOCKS_MAX, { message: 'too_many' })
      .refine((blocks) => new Set(blocks.map((b) => b.id)).size === blocks.length, {
        message: 'duplicate_block_id',
      }),
  })
  .strict();

export type PlanContent = z.infer<typeof planContentSchema>;

export type Plan = PlanContent & {
  id: string;
  isTemplate: boolean;
  createdAt: number;
  updatedAt: number;
};

export type PlanSummary = Pick<Plan, 'id' | 'name' | 'isTemplate' | 'updatedAt'> & {
  blockCount: number;
  totalMin: number;
};

/** A built-in template, described in the facilitator's language. */
export type BuiltinTemplate = { key: string; content: PlanContent };
