import { displayNameSchema } from '../../../shared/signaling/common';

export type NameProblem =
  { kind: 'empty' } | { kind: 'tooLong'; length: number } | { kind: 'controlChars' };

/** The server's own rule (1–40 characters, no control characters), said before sending. */
export function nameProblem(raw: string): NameProblem | null {
  if (displayNameSchema.safeParse(raw).success) return null;
  const trimmed = raw.trim();
  const length = [...trimmed].length;
  if (length === 0) return { kind: 'empty' };
  if (length > 40) return { kind: 'tooLong', length };
  return { kind: 'controlChars' };
}
