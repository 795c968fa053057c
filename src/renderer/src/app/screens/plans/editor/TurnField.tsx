import { useId, type RefCallback } from 'react';
import { useTranslation } from '../../../../i18n/translation';
import { describedBy } from './Field';
import type { DraftBlock } from './plan-draft';

type TurnFieldProps = {
  block: DraftBlock;
  error: string | null;
  focusRef: RefCallback<HTMLElement>;
  onChange(patch: Partial<Pick<DraftBlock, 'turnMin' | 'turnSec' | 'passAllowed'>>): void;
};

/** A round's per-speaker time (minutes and seconds) and whether « Je passe » is allowed. */
export function TurnField({ block, error, focusRef, onChange }: TurnFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const described = describedBy(`${id}-turn`, { error: !!error, hint: true });
  return (
    <div className="turn-row">
      <fieldset className="turn-field">
        <legend className="field-label">{t('prep.editor.turn')}</legend>
        <p id={`${id}-turn-hint`} className="field-hint">
          {t('prep.editor.turnHint')}
        </p>
        <div className="turn-inputs">
          <div className="turn-part">
            <input
              ref={focusRef}
              className="input input-number"
              type="number"
              inputMode="numeric"
              min={0}
              max={60}
              value={block.turnMin}
              aria-label={t('prep.editor.turnMinutesLabel')}
              aria-invalid={error ? true : undefined}
              aria-describedby={described}
              onChange={(event) => onChange({ turnMin: event.target.value })}
            />
            <span aria-hidden="true">{t('prep.editor.turnMinutes')}</span>
          </div>
          <div className="turn-part">
            <input
              className="input input-number"
              type="number"
              inputMode="numeric"
              min={0}
              max={59}
              value={block.turnSec}
              aria-label={t('prep.editor.turnSecondsLabel')}
              aria-invalid={error ? true : undefined}
              aria-describedby={described}
              onChange={(event) => onChange({ turnSec: event.target.value })}
            />
            <span aria-hidden="true">{t('prep.editor.turnSeconds')}</span>
          </div>
        </div>
        {error ? (
          <p id={`${id}-turn-error`} className="field-error">
            {error}
          </p>
        ) : null}
      </fieldset>
      <label className="check">
        <input
          type="checkbox"
          checked={block.passAllowed}
          onChange={(event) => onChange({ passAllowed: event.target.checked })}
        />
        <span>{t('prep.editor.passAllowed')}</span>
      </label>
    </div>
  );
}
