import { z } from 'zod';

/**
 * A participant's local pseudonymous key: random, per group, kept by their
 * browser so a returning person is recognised without anyone knowing who.
 */
export const participantKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,64}$/, { message: 'invalid_key' });

/** The name shown in the call; stored locally for the facilitator only, never exported. */
export const participantLabelSchema = z.string().trim().min(1).max(40);

export const attendanceRoles = ['participant', 'cofacilitator'] as const;
export const liveBlockKinds = ['round', 'openFloor', 'free'] as const;

export const NOTE_MAX = 20_000;

export type Note = { blockId: string; text: string; updatedAt: number };

/** One person's part in a session, for the facilitator's own summary screen. */
export type AttendanceLine = {
  participantId: string;
  label: string | null;
  role: (typeof attendanceRoles)[number];
  joinedAt: number;
  leftAt: number | null;
  presentMs: number;
  speakingMs: number;
  turnsTaken: number;
  turnsPassed: number;
  returning: boolean;
};

export type RoundLine = {
  id: string;
  blockId: string | null;
  kind: (typeof liveBlockKinds)[number];
  startedAt: number;
  endedAt: number | null;
  turnsTaken: number;
  turnsPassed: number;
};

export type SessionSummary = {
  sessionId: string;
  startedAt: number | null;
  endedAt: number | null;
  people: AttendanceLine[];
  rounds: RoundLine[];
};
