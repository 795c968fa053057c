import type { TFunction } from 'i18next';
import { assertUnreachable } from '../../../shared/errors';
import { placeInOrder, type EngineState } from '../../../shared/rounds';

/** Where this person stands, in words: their turn, how many before them, or done. */
export function placeText(t: TFunction, state: EngineState, peerId: string): string | null {
  const activity = state.activity;
  if (activity === null || activity.kind === 'freeTime') return null;
  const place = placeInOrder(state, peerId);
  if (place === null) {
    return activity.kind === 'round' ? t('rounds.place.notInRound') : null;
  }
  switch (place.status) {
    case 'speaking':
      return t('rounds.place.speaking');
    case 'waiting':
      if (activity.kind === 'openFloor') {
        return place.ahead === 0
          ? t('rounds.place.handFirst')
          : t('rounds.place.handAhead', { count: place.ahead });
      }
      return place.ahead === 0
        ? t('rounds.place.next')
        : t('rounds.place.ahead', { count: place.ahead });
    case 'done':
      return t(`rounds.place.done.${place.outcome}`);
    default:
      return assertUnreachable(place);
  }
}
