import { frCall } from './fr-call';
import { frCommon } from './fr-common';
import { frJoin } from './fr-join';
import { frRounds } from './fr-rounds';

/**
 * Everything the participant page says, in French. The page loads this table
 * alone (participant.ts): none of the facilitator's screens' words, and the
 * other language only if the person switches. A component shown on the page
 * may use only these namespaces (tests/unit/participant-strings.test.ts).
 */
export const frParticipant = { ...frCommon, ...frJoin, ...frCall, ...frRounds };

export type ParticipantMessages = typeof frParticipant;
