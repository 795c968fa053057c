import { z } from 'zod';
import { activityKinds, activityRecordSchema, HISTORY_MAX, PEERS_MAX } from './rounds';
import { settledOutcomeSchema } from './signaling/rounds';
import { peerIdSchema, returningKeySchema, roleSchema } from './signaling/common';

/** The name shown in the call; stored locally for the facilitator only, never exported. */
export const PARTICIPANT_LABEL_MAX = 40;

export const attendanceRoles = ['participant', 'cofacilitator'] as const;

export const NOTE_MAX = 20_000;

export type Note = { blockId: string; text: string; updatedAt: number };

/*
 * What the facilitator's app forwards from the room to the main process, as
 * it happened; main decides what it means for attendance (services/attendance.ts).
 * Each is a state or an outcome, never an increment: sending one twice (a
 * retry after a failure) counts nothing twice.
 */

/** Everyone in the call now, the facilitator included, as the room state lists them. */
export const presenceSchema = z
  .array(
    z.strictObject({
      peerId: peerIdSchema,
      role: roleSchema,
      displayName: z.string().max(200),
      returningKey: returningKeySchema.optional(),
    }),
  )
  .max(PEERS_MAX);
export type Presence = z.infer<typeof presenceSchema>;

/** The activity under way (if any) and activities that ended, from the engine's state. */
export const activitySeenSchema = z.strictObject({
  /** The agenda block that was current when it was seen; null outside the plan. */
  blockId: z.string().max(64).nullable(),
  current: z.strictObject({ kind: z.enum(activityKinds), startedAt: z.int().min(0) }).nullable(),
  ended: z.array(activityRecordSchema).max(HISTORY_MAX),
});
export type ActivitySeen = z.infer<typeof activitySeenSchema>;

/** A round turn settled, or reopened (`pending`), as the server's `turnOutcome` says. */
export const turnOutcomeSeenSchema = z.strictObject({
  roundStartedAt: z.int().min(0),
  peerId: peerIdSchema,
  outcome: settledOutcomeSchema,
});
export type TurnOutcomeSeen = z.infer<typeof turnOutcomeSeenSchema>;

/** Speaking time per seat since the room opened, as the server's `speakingTime` says. */
export const speakingSeenSchema = z
  .array(z.strictObject({ peerId: peerIdSchema, speakingMs: z.int().min(0).max(86_400_000) }))
  // Everyone seen since the room opened, people who left included.
  .max(PEERS_MAX * 5);
export type SpeakingSeen = z.infer<typeof speakingSeenSchema>;

/** One person's part in a session, for the facilitator's own summary screen. */
export type AttendanceLine = {
  participantId: string;
  label: string | null;
  role: (typeof attendanceRoles)[number];
  /** False for the team (co-facilitators): they are in no total (docs/design.md, "Who counts"). */
  counted: boolean;
  joinedAt: number;
  leftAt: number | null;
  presentMs: number;
  speakingMs: number;
  /** Round turns by their latest outcome. */
  spoke: number;
  passed: number;
  returning: boolean;
};

export type RoundLine = {
  id: string;
  blockId: string | null;
  kind: (typeof activityKinds)[number];
  startedAt: number;
  endedAt: number | null;
  /** A round's counted turns (people reached only). */
  spoke: number;
  passed: number;
  /** An open floor's floors given. */
  floors: number;
};

/** The session's totals, counted by the same rule as the reports. */
export type SessionTotals = {
  participants: number;
  team: number;
  rounds: number;
  spoke: number;
  passed: number;
};

export type SessionSummary = {
  sessionId: string;
  startedAt: number | null;
  endedAt: number | null;
  people: AttendanceLine[];
  rounds: RoundLine[];
  totals: SessionTotals;
};
