import { Stateful } from '../state/store';
import { LevelMeter } from '../call/level-meter';
import {
  listDevices,
  openDevices,
  stopTracks,
  type DeviceChoice,
  type DeviceProblem,
  type LocalTracks,
} from '../call/local-media';

export type DeviceCheckState = {
  status: 'checking' | 'ready';
  tracks: LocalTracks;
  audioProblem: DeviceProblem | null;
  videoProblem: DeviceProblem | null;
  audioOnly: boolean;
  choices: { audio: DeviceChoice[]; video: DeviceChoice[] };
  audioDeviceId: string | undefined;
  videoDeviceId: string | undefined;
  meter: LevelMeter | null;
};

/**
 * The microphone and camera check before the lobby: opens the devices, lets
 * the person pick others or go audio-only, and measures the microphone. The
 * tracks are handed over on `take()`; anything not taken is stopped on close.
 */
export class DeviceCheck extends Stateful<DeviceCheckState> {
  #run = 0;
  #closed = false;

  private constructor(audioOnly: boolean) {
    super({
      status: 'checking',
      tracks: { audio: null, video: null },
      audioProblem: null,
      videoProblem: null,
      audioOnly,
      choices: { audio: [], video: [] },
      audioDeviceId: undefined,
      videoDeviceId: undefined,
      meter: null,
    });
  }

  /** Nothing opens until `start()`: a component starts it on mount and closes it on unmount. */
  static create(audioOnly = false): DeviceCheck {
    return new DeviceCheck(audioOnly);
  }

  start(): void {
    this.#closed = false;
    void this.retry();
  }

  /** Opens (again) what is wanted: the microphone, and the camera unless audio-only. */
  async retry(): Promise<void> {
    const run = ++this.#run;
    const current = this.state;
    this.#release();
    this.patch({ status: 'checking' });
    const result = await openDevices({
      audio: true,
      video: !current.audioOnly,
      audioDeviceId: current.audioDeviceId,
      videoDeviceId: current.videoDeviceId,
    });
    if (run !== this.#run || this.#closed) {
      stopTracks(result);
      return;
    }
    const choices = await listDevices().catch(() => ({ audio: [], video: [] }));
    if (run !== this.#run || this.#closed) {
      stopTracks(result);
      return;
    }
    this.patch({
      status: 'ready',
      tracks: { audio: result.audio, video: result.video },
      audioProblem: result.audioProblem,
      videoProblem: result.videoProblem,
      choices,
      audioDeviceId: result.audio?.getSettings().deviceId ?? current.audioDeviceId,
      videoDeviceId: result.video?.getSettings().deviceId ?? current.videoDeviceId,
      meter: result.audio ? LevelMeter.create(result.audio) : null,
    });
  }

  setAudioOnly(audioOnly: boolean): void {
    if (this.state.audioOnly === audioOnly) return;
    this.patch({ audioOnly });
    void this.retry();
  }

  choose(kind: 'audio' | 'video', deviceId: string): void {
    this.patch(kind === 'audio' ? { audioDeviceId: deviceId } : { videoDeviceId: deviceId });
    void this.retry();
  }

  /** Hands the open tracks over (to the join flow); this check no longer stops them. */
  take(): { tracks: LocalTracks; audioOnly: boolean } {
    const { tracks, audioOnly, meter } = this.state;
    meter?.close();
    this.#run++;
    this.patch({ tracks: { audio: null, video: null }, meter: null });
    return { tracks, audioOnly };
  }

  close(): void {
    this.#closed = true;
    this.#run++;
    this.#release();
  }

  #release(): void {
    const { tracks, meter } = this.state;
    meter?.close();
    stopTracks(tracks);
    this.patch({ tracks: { audio: null, video: null }, meter: null });
  }
}
