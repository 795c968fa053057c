import { z } from 'zod';
import { planContentSchema } from './plan';

export const PLAN_FILE_FORMAT = 'cercle-plans';
export const PLAN_FILE_VERSION = 1;
/** Far above any real plan file; refuses a wrong file before parsing it. */
export const PLAN_FILE_MAX_BYTES = 1024 * 1024;

/** A file facilitators share: plans and templates, nothing about people or sessions. */
export const planFileSchema = z
  .object({
    format: z.literal(PLAN_FILE_FORMAT),
    version: z.literal(PLAN_FILE_VERSION),
    exportedAt: z.string().optional(),
    plans: z
      .array(planContentSchema.extend({ isTemplate: z.boolean() }).strict())
      .min(1, { message: 'empty' })
      .max(200, { message: 'too_many' }),
  })
  .strict();

export type PlanFile = z.infer<typeof planFileSchema>;
