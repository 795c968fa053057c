import { useId, useState } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { Dialog } from '../../../rounds/Dialog';
import { shortcuts } from './shortcuts';
import { rememberShortcuts, shortcutsEnabled } from './shortcut-prefs';

/** The list of shortcuts ("?"), with the switch that turns single-key shortcuts off. */
export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [enabled, setEnabled] = useState(shortcutsEnabled);
  return (
    <Dialog open={open} onClose={onClose} title={t('live.shortcuts.title')}>
      <p>{t('live.shortcuts.intro')}</p>
      <dl className="live-keys">
        {shortcuts.map((shortcut) => (
          <div key={shortcut.action} className="live-key-row">
            <dt>
              <kbd>{shortcut.key === 'Maj+E' ? t('live.shortcuts.shiftE') : shortcut.key}</kbd>
            </dt>
            <dd>{t(`live.shortcuts.actions.${shortcut.action}`)}</dd>
          </div>
        ))}
      </dl>
      <label className="rounds-switch" htmlFor={`${id}-on`}>
        <input
          id={`${id}-on`}
          type="checkbox"
          role="switch"
          checked={enabled}
          onChange={(event) => {
            setEnabled(event.target.checked);
            rememberShortcuts(event.target.checked);
          }}
        />
        <span>{t('live.shortcuts.enabled')}</span>
      </label>
    </Dialog>
  );
}
