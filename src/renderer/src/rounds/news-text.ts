import type { TFunction } from 'i18next';
import { assertUnreachable } from '../../../shared/errors';
import type { TurnNews } from './announcements';
import type { RefusalCode } from './rounds-client';

/** A person's name for the rounds, or a neutral word when they are gone from the room. */
export type NameOf = (peerId: string) => string;

/** The sentence a screen reader says for a change in the activity. */
export function newsText(t: TFunction, news: TurnNews, selfId: string, nameOf: NameOf): string {
  switch (news.kind) {
    case 'started': {
      const start = t(`rounds.news.started.${news.activity}`);
      if (news.speaker === null) return start;
      const who =
        news.speaker === selfId
          ? t('rounds.news.speakerYou')
          : t('rounds.news.speaker', { name: nameOf(news.speaker) });
      return `${start} ${who}`;
    }
    case 'speaker':
      return news.peerId === selfId
        ? t('rounds.news.speakerYou')
        : t('rounds.news.speaker', { name: nameOf(news.peerId) });
    case 'everyoneSpoke':
      return t('rounds.news.everyoneSpoke');
    case 'floorOpen':
      return t('rounds.news.floorOpen');
    case 'paused':
      return t('rounds.news.paused');
    case 'resumed':
      return t('rounds.news.resumed');
    case 'ended':
      return t(`rounds.news.ended.${news.activity}`);
    default:
      return assertUnreachable(news);
  }
}

const explained = new Set<RefusalCode>([
  'NOT_CURRENT_SPEAKER',
  'PASS_NOT_ALLOWED',
  'TURN_SETTLED',
  'ALREADY_RAISED',
  'NOT_IN_QUEUE',
  'NO_ACTIVITY',
  'ACTIVITY_IN_PROGRESS',
  'EMPTY_ORDER',
  'NOTHING_TO_GO_BACK',
  'FORBIDDEN',
  'unreachable',
]);

/** Why a command did nothing, in plain words. */
export function refusalText(t: TFunction, code: RefusalCode): string {
  return explained.has(code)
    ? t(`rounds.refusal.${code as 'unreachable'}`)
    : t('rounds.refusal.other');
}
