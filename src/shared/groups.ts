import { z } from 'zod';

export const GROUP_NAME_MAX = 80;

// Control characters would make a name render differently from how it was typed.
// eslint-disable-next-line no-control-regex -- the point of this pattern is to find them
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;

/** A group name as typed: trimmed, 1–80 characters, no control characters. */
export const groupNameSchema = z
  .string()
  .trim()
  .min(1, { message: 'empty' })
  .max(GROUP_NAME_MAX, { message: 'too_long' })
  .refine((name) => !CONTROL_CHARS.test(name), { message: 'control_chars' });

export const groupIdSchema = z.string().uuid();

export type Group = {
  id: string;
  name: string;
  /** Epoch milliseconds. */
  createdAt: number;
  /** Epoch milliseconds, or null while the group is active. */
  archivedAt: number | null;
};
