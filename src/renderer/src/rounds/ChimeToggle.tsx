import { useEffect, useId, useState } from 'react';
import { useTranslation } from '../i18n/translation';
import { chimeWanted, playChime, primeChime, rememberChime } from './chime';

/** The optional soft chime near the end of a countdown; off unless the person turns it on. */
export function ChimeToggle() {
  const { t } = useTranslation();
  const id = useId();
  const [on, setOn] = useState(chimeWanted);
  // Turned on in an earlier visit: the page may only make sound after a click, so wait for one.
  useEffect(() => {
    if (!on) return;
    const prime = () => primeChime();
    document.addEventListener('pointerdown', prime, { once: true });
    return () => document.removeEventListener('pointerdown', prime);
  }, [on]);
  return (
    <label className="rounds-switch" htmlFor={id}>
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={on}
        onChange={(event) => {
          const next = event.target.checked;
          setOn(next);
          rememberChime(next);
          if (next) {
            // The click is what lets the page make a sound; play it once so they know it.
            primeChime();
            playChime('wrapUp');
          }
        }}
      />
      <span>{t('rounds.chime')}</span>
    </label>
  );
}
