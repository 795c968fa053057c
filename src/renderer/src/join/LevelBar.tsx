import { useId } from 'react';
import { useTranslation } from '../i18n/translation';
import type { LevelMeter } from '../call/level-meter';
import { useSnapshot } from '../state/use-snapshot';

/** The live microphone level; says "we can hear you" once it moved. */
export function LevelBar({ meter }: { meter: LevelMeter }) {
  const { t } = useTranslation();
  const id = useId();
  const level = useSnapshot(meter.level);
  const heard = useSnapshot(meter.heard);
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {t('join.devices.meter')}
      </label>
      <meter id={id} className="level-meter" min={0} max={1} value={level} />
      <p className="field-hint" aria-live="polite">
        {heard ? t('join.devices.heard') : t('join.devices.meterHint')}
      </p>
    </div>
  );
}
