import { useTranslation } from '../i18n/translation';

/** Why this person's microphone is closed during talking-piece mode, and when it comes back. */
export function TalkingPieceNotice() {
  const { t } = useTranslation();
  return (
    <div className="rounds-held" data-testid="talking-piece-notice">
      <p className="rounds-held-title">{t('rounds.talkingPiece.title')}</p>
      <p>{t('rounds.talkingPiece.body')}</p>
    </div>
  );
}
