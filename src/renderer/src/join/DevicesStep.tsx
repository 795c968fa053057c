import { useEffect, useId, useState } from 'react';
import { useTranslation } from '../i18n/translation';
import type { DeviceProblem } from '../call/local-media';
import { useSnapshot } from '../state/use-snapshot';
import { VideoSurface } from '../call/VideoSurface';
import { DeviceCheck } from './device-check';
import type { JoinFlow, JoinState } from './join-flow';
import { LevelBar } from './LevelBar';
import { StepHeading } from './StepHeading';

function problemKey(problem: DeviceProblem, kind: 'audio' | 'video') {
  if (problem === 'notFound') return kind === 'audio' ? 'notFoundAudio' : 'notFoundVideo';
  return problem;
}

/** Step 2: microphone level, camera preview, audio-only; every problem says what to do. */
export function DevicesStep({
  flow,
  state,
  focus,
}: {
  flow: JoinFlow;
  state: JoinState;
  focus: boolean;
}) {
  const { t } = useTranslation();
  // One check per visit of the step; later choices go through the check itself.
  const [check] = useState(() => DeviceCheck.create(state.audioOnly));
  useEffect(() => {
    check.start();
    return () => check.close();
  }, [check]);
  return (
    <div className="join-step">
      <StepHeading focus={focus}>{t('join.devices.title')}</StepHeading>
      <p className="join-intro">{t('join.devices.intro')}</p>
      <DeviceChecker check={check} flow={flow} />
    </div>
  );
}

function DeviceChecker({ check, flow }: { check: DeviceCheck; flow: JoinFlow }) {
  const { t } = useTranslation();
  const id = useId();
  const state = useSnapshot(check);
  const problems = [
    state.audioProblem ? t(`call.devices.${problemKey(state.audioProblem, 'audio')}`) : null,
    state.videoProblem && state.videoProblem !== state.audioProblem
      ? t(`call.devices.${problemKey(state.videoProblem, 'video')}`)
      : null,
  ].filter((text): text is string => text !== null);
  const checking = state.status === 'checking';
  const proceed = () => {
    const { tracks, audioOnly } = check.take();
    flow.finishDevices(tracks, audioOnly);
  };
  return (
    <>
      <p className="visually-hidden" role="status">
        {checking ? t('join.devices.checking') : ''}
      </p>
      <div className="device-check">
        <div className="device-preview">
          {state.tracks.video ? (
            <VideoSurface track={state.tracks.video} mirrored label={t('join.devices.preview')} />
          ) : (
            <p className="device-preview-empty">
              {state.audioOnly ? t('join.devices.cameraOffAudioOnly') : t('join.devices.noCamera')}
            </p>
          )}
        </div>
        <div className="device-side">
          {state.meter ? (
            <LevelBar meter={state.meter} />
          ) : checking ? null : (
            <p className="muted">{t('join.devices.noMic')}</p>
          )}
          {state.choices.audio.length > 1 ? (
            <DeviceSelect
              label={t('join.devices.micSelect')}
              choices={state.choices.audio}
              value={state.audioDeviceId}
              onChange={(deviceId) => check.choose('audio', deviceId)}
            />
          ) : null}
          {state.choices.video.length > 1 && !state.audioOnly ? (
            <DeviceSelect
              label={t('join.devices.cameraSelect')}
              choices={state.choices.video}
              value={state.videoDeviceId}
              onChange={(deviceId) => check.choose('video', deviceId)}
            />
          ) : null}
          <div className="check-field">
            <input
              id={`${id}-audio-only`}
              type="checkbox"
              checked={state.audioOnly}
              aria-describedby={`${id}-audio-only-hint`}
              onChange={(event) => check.setAudioOnly(event.target.checked)}
            />
            <label htmlFor={`${id}-audio-only`}>
              {t('join.devices.audioOnly')}
              <span id={`${id}-audio-only-hint`} className="field-hint">
                {t('join.devices.audioOnlyHint')}
              </span>
            </label>
          </div>
        </div>
      </div>
      {problems.length > 0 ? (
        <div className="alert" role="alert">
          {problems.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </div>
      ) : null}
      <div className="join-actions">
        <button
          type="button"
          className="button button-primary"
          aria-disabled={checking || undefined}
          onClick={() => !checking && proceed()}
        >
          {state.tracks.audio || checking ? t('join.continue') : t('join.devices.continueWithout')}
        </button>
        {problems.length > 0 ? (
          <button type="button" className="button" onClick={() => void check.retry()}>
            {t('join.retry')}
          </button>
        ) : null}
      </div>
    </>
  );
}

function DeviceSelect(props: {
  label: string;
  choices: { deviceId: string; label: string }[];
  value: string | undefined;
  onChange: (deviceId: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {props.label}
      </label>
      <select
        id={id}
        className="select device-select"
        value={props.value ?? ''}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.choices.map((choice, index) => (
          <option key={choice.deviceId} value={choice.deviceId}>
            {choice.label || `${props.label} ${index + 1}`}
          </option>
        ))}
      </select>
    </div>
  );
}
