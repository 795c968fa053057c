import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { activityKinds, type ActivityKind } from '../../../../../shared/rounds';
import { Button } from '../../ui/Button';
import { typedMinutesMs } from './agenda';
import type { FacilitatorLive } from './facilitator-live';

/** Start something the plan did not foresee: a round, an open floor or a countdown. */
export function QuickStart({ live }: { live: FacilitatorLive }) {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<ActivityKind>('round');
  const [minutes, setMinutes] = useState('3');
  const [passAllowed, setPassAllowed] = useState(true);
  const [invalid, setInvalid] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ms = typedMinutesMs(minutes);
    if (ms === null) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    const { choices } = live.getSnapshot();
    if (kind === 'round') await live.startRound(ms, passAllowed);
    else if (kind === 'openFloor') await live.rounds.startFloor(ms, choices.talkingPiece);
    else await live.rounds.startFree(ms);
  };
  return (
    <details className="live-quick">
      <summary>{t('live.quick.title')}</summary>
      <form onSubmit={submit} noValidate className="live-quick-form">
        <div className="live-choice-row" role="radiogroup" aria-label={t('live.quick.kind')}>
          {activityKinds.map((value) => (
            <label key={value} className="live-check" htmlFor={`${id}-${value}`}>
              <input
                id={`${id}-${value}`}
                type="radio"
                name={`${id}-kind`}
                checked={kind === value}
                onChange={() => setKind(value)}
              />
              {t(`live.quick.kinds.${value}`)}
            </label>
          ))}
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-minutes`}>
            {kind === 'freeTime' ? t('live.quick.duration') : t('live.quick.turn')}
          </label>
          <input
            id={`${id}-minutes`}
            className="input live-minutes"
            inputMode="decimal"
            value={minutes}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? `${id}-error` : undefined}
            onChange={(event) => setMinutes(event.target.value)}
          />
          {invalid ? (
            <p id={`${id}-error`} className="field-error">
              {t('live.quick.invalid')}
            </p>
          ) : null}
        </div>
        {kind === 'round' ? (
          <label className="live-check" htmlFor={`${id}-pass`}>
            <input
              id={`${id}-pass`}
              type="checkbox"
              checked={passAllowed}
              onChange={(event) => setPassAllowed(event.target.checked)}
            />
            {t('live.quick.passAllowed')}
          </label>
        ) : null}
        <div>
          <Button type="submit" variant="primary">
            {t('live.quick.start')}
          </Button>
        </div>
      </form>
    </details>
  );
}
