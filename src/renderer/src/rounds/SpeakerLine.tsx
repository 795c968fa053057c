import { useTranslation } from '../i18n/translation';
import type { Activity } from '../../../shared/rounds';
import type { NameOf } from './news-text';

/** "À la parole : Alix" — the one line everyone looks for. */
export function SpeakerLine({
  activity,
  selfId,
  nameOf,
}: {
  activity: Activity;
  selfId: string;
  nameOf: NameOf;
}) {
  const { t } = useTranslation();
  if (activity.kind === 'freeTime') {
    return <p className="rounds-speaker">{t('rounds.freeTimeLine')}</p>;
  }
  const speaker = activity.speaker;
  let who: string;
  if (speaker === null) {
    who = activity.kind === 'round' ? t('rounds.everyoneSpoke') : t('rounds.nobody');
  } else {
    who = speaker === selfId ? t('rounds.you') : nameOf(speaker);
  }
  return (
    <p className="rounds-speaker">
      <span className="rounds-speaker-label">{t('rounds.speakerLabel')}</span>{' '}
      <strong className="rounds-speaker-name" data-testid="speaker-name">
        {who}
      </strong>
    </p>
  );
}
