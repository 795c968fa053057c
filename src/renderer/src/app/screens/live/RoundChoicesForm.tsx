import { useId } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { FacilitatorLive, RoundChoices } from './facilitator-live';

/** How the next round starts (from the agenda or by hand): order, who takes part, talking piece. */
export function RoundChoicesForm({
  live,
  choices,
}: {
  live: FacilitatorLive;
  choices: RoundChoices;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="live-choices">
      <legend>{t('live.choices.title')}</legend>
      <div className="live-choice-row" role="radiogroup" aria-label={t('live.choices.order')}>
        <span className="live-choice-label" aria-hidden="true">
          {t('live.choices.order')}
        </span>
        {(['join', 'random'] as const).map((by) => (
          <label key={by} className="live-check" htmlFor={`${id}-${by}`}>
            <input
              id={`${id}-${by}`}
              type="radio"
              name={`${id}-order`}
              checked={choices.by === by}
              onChange={() => live.setChoices({ by })}
            />
            {t(`live.choices.by.${by}`)}
          </label>
        ))}
      </div>
      <label className="live-check" htmlFor={`${id}-staff`}>
        <input
          id={`${id}-staff`}
          type="checkbox"
          checked={choices.includeStaff}
          onChange={(event) => live.setChoices({ includeStaff: event.target.checked })}
        />
        {t('live.choices.includeStaff')}
      </label>
      <label className="live-check" htmlFor={`${id}-late`}>
        <input
          id={`${id}-late`}
          type="checkbox"
          checked={choices.lateJoiners === 'append'}
          onChange={(event) =>
            live.setChoices({ lateJoiners: event.target.checked ? 'append' : 'ignore' })
          }
        />
        {t('live.choices.lateJoiners')}
      </label>
      <label className="live-check" htmlFor={`${id}-piece`}>
        <input
          id={`${id}-piece`}
          type="checkbox"
          checked={choices.talkingPiece}
          onChange={(event) => live.setChoices({ talkingPiece: event.target.checked })}
        />
        {t('live.choices.talkingPiece')}
      </label>
    </fieldset>
  );
}
