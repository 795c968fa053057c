import { enCall } from './en-call';
import { enCommon } from './en-common';
import { enJoin } from './en-join';
import { enRounds } from './en-rounds';
import type { ParticipantMessages } from './fr-participant';

/** Everything the participant page says, in English; same keys as `fr-participant.ts`. */
export const enParticipant: ParticipantMessages = {
  ...enCommon,
  ...enJoin,
  ...enCall,
  ...enRounds,
};
