import { useId } from 'react';
import { useTranslation } from '../i18n/translation';
import type { CallClient, CallSnapshot } from './call-client';

type CallControlsProps = {
  client: CallClient;
  snapshot: CallSnapshot;
  /** Shown to participants; the facilitator closes the room instead. */
  onLeave?: () => void;
};

/** Microphone, camera, audio-only and leaving: large targets, labels that say what happens. */
export function CallControls({ client, snapshot, onLeave }: CallControlsProps) {
  const { t } = useTranslation();
  const id = useId();
  const hasMic = snapshot.local.audio !== null;
  const held = snapshot.held.audio;
  const micOff = snapshot.micMuted || held;
  // While the facilitator holds it, pressing would only be refused: say so on the button.
  const micUsable = hasMic && !held;
  return (
    <div className="call-controls" role="group" aria-label={t('call.controls.label')}>
      <button
        type="button"
        className={micOff ? 'call-button call-button-off' : 'call-button'}
        aria-disabled={!micUsable || undefined}
        onClick={() => micUsable && void client.setMicMuted(!snapshot.micMuted)}
      >
        {!hasMic
          ? t('call.controls.noMic')
          : held
            ? t('call.micHeld')
            : snapshot.micMuted
              ? t('call.controls.unmuteMic')
              : t('call.controls.muteMic')}
      </button>
      {snapshot.audioOnly ? null : (
        <button
          type="button"
          className={snapshot.cameraOff ? 'call-button call-button-off' : 'call-button'}
          onClick={() => void client.setCameraOff(!snapshot.cameraOff)}
        >
          {snapshot.cameraOff ? t('call.controls.cameraOn') : t('call.controls.cameraOff')}
        </button>
      )}
      <label className="call-switch" htmlFor={`${id}-audio-only`}>
        <input
          id={`${id}-audio-only`}
          type="checkbox"
          role="switch"
          checked={snapshot.audioOnly}
          aria-describedby={`${id}-audio-only-hint`}
          onChange={(event) => void client.setAudioOnly(event.target.checked)}
        />
        <span>
          {t('call.controls.audioOnly')}
          <span id={`${id}-audio-only-hint`} className="call-switch-hint">
            {t('call.controls.audioOnlyHint')}
          </span>
        </span>
      </label>
      {onLeave ? (
        <button type="button" className="call-button call-button-leave" onClick={onLeave}>
          {t('call.controls.leave')}
        </button>
      ) : null}
    </div>
  );
}
