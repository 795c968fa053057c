import type { TFunction } from 'i18next';
import { assertUnreachable } from '../../../shared/errors';
import type { CallNotice } from './call-client';

/** The sentence said (and shown) for a call notice. */
export function noticeText(t: TFunction, notice: CallNotice): string {
  switch (notice.kind) {
    case 'held':
      if (notice.media === 'audio') {
        return t(notice.paused ? 'call.notices.heldAudio' : 'call.notices.releasedAudio');
      }
      return t(notice.paused ? 'call.notices.heldVideo' : 'call.notices.releasedVideo');
    case 'stillHeld':
      return t(
        notice.media === 'audio' ? 'call.notices.stillHeldAudio' : 'call.notices.stillHeldVideo',
      );
    case 'reconnecting':
      return t('call.notices.reconnecting');
    case 'reconnected':
      return t('call.notices.reconnected');
    case 'mediaRestarted':
      return t('call.notices.mediaRestarted');
    case 'cameraProblem':
      return `${t('call.notices.cameraProblem')} ${t(`call.devices.${notice.problem === 'notFound' ? 'notFoundVideo' : notice.problem}`)}`;
    case 'weakDownlink':
      return t('call.notices.weakDownlink');
    default:
      return assertUnreachable(notice);
  }
}
