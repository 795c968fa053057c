import type { AgreementSet } from './agreements';
import type { PlanContent } from './plans/plan';

export const sessionStatuses = ['scheduled', 'done', 'cancelled'] as const;
export type SessionStatus = (typeof sessionStatuses)[number];

/**
 * A scheduled or past session. It keeps its own frozen copy of the plan, so
 * editing the plan later never rewrites what a session was.
 */
export type Session = {
  id: string;
  groupId: string;
  /** Epoch milliseconds of the planned start. */
  scheduledAt: number;
  /** The plan it was made from, while that plan still exists. */
  sourcePlanId: string | null;
  plan: PlanContent;
  /** The agreements version the session shows (and showed, once it ran). */
  agreementSetId: string | null;
  agreementVersion: number | null;
  status: SessionStatus;
  createdAt: number;
  /** When the live session actually started and ended (null until then). */
  startedAt: number | null;
  endedAt: number | null;
};

export type SessionLists = { upcoming: Session[]; past: Session[] };

export type SessionWithAgreements = Session & { agreements: AgreementSet | null };
