/** Why a microphone or camera could not be used; each has its own advice on the page. */
export type DeviceProblem =
  /** The person (or the browser's settings) refused access. */
  | 'denied'
  /** No such device is plugged in. */
  | 'notFound'
  /** Another program holds it, or the system refused to start it. */
  | 'inUse'
  /** The page is not served over HTTPS: browsers give no camera or microphone then. */
  | 'insecure'
  /** This browser cannot capture media at all. */
  | 'unsupported'
  | 'failed';

export type LocalTracks = { audio: MediaStreamTrack | null; video: MediaStreamTrack | null };

export type DeviceCheck = LocalTracks & {
  audioProblem: DeviceProblem | null;
  videoProblem: DeviceProblem | null;
};

export type DeviceWish = {
  audio: boolean;
  video: boolean;
  audioDeviceId?: string | undefined;
  videoDeviceId?: string | undefined;
};

/** Modest video: three simulcast layers of it fit weak uplinks and old phones. */
const videoConstraints: MediaTrackConstraints = {
  width: { ideal: 640 },
  height: { ideal: 480 },
  frameRate: { ideal: 24, max: 30 },
};
const audioConstraints: MediaTrackConstraints = {
  echoCancellation: true,
  noiseSuppression: true,
  autoGainControl: true,
};

export function problemOf(error: unknown): DeviceProblem {
  switch ((error as { name?: unknown } | null)?.name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'notFound';
    case 'NotReadableError':
    case 'AbortError':
      return 'inUse';
    default:
      return 'failed';
  }
}

function constraints(kind: 'audio' | 'video', deviceId: string | undefined) {
  const base = kind === 'audio' ? audioConstraints : videoConstraints;
  return deviceId ? { ...base, deviceId: { exact: deviceId } } : base;
}

async function capture(wish: DeviceWish): Promise<LocalTracks> {
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: wish.audio ? constraints('audio', wish.audioDeviceId) : false,
    video: wish.video ? constraints('video', wish.videoDeviceId) : false,
  });
  return { audio: stream.getAudioTracks()[0] ?? null, video: stream.getVideoTracks()[0] ?? null };
}

/**
 * Opens the microphone and camera asked for. One request first (one
 * permission prompt); if it fails for another reason than a refusal, each
 * device is tried alone, so a missing camera never costs the microphone.
 */
export async function openDevices(wish: DeviceWish): Promise<DeviceCheck> {
  const none: DeviceCheck = { audio: null, video: null, audioProblem: null, videoProblem: null };
  if (!wish.audio && !wish.video) return none;
  if (!navigator.mediaDevices?.getUserMedia) {
    const problem: DeviceProblem = window.isSecureContext ? 'unsupported' : 'insecure';
    return {
      ...none,
      audioProblem: wish.audio ? problem : null,
      videoProblem: wish.video ? problem : null,
    };
  }
  try {
    return { ...none, ...(await capture(wish)) };
  } catch (error) {
    const problem = problemOf(error);
    if (problem === 'denied' || !(wish.audio && wish.video)) {
      return {
        ...none,
        audioProblem: wish.audio ? problem : null,
        videoProblem: wish.video ? problem : null,
      };
    }
  }
  const audio = await capture({ ...wish, video: false }).then(
    (tracks) => ({ track: tracks.audio, problem: null }),
    (error: unknown) => ({ track: null, problem: problemOf(error) }),
  );
  const video = await capture({ ...wish, audio: false }).then(
    (tracks) => ({ track: tracks.video, problem: null }),
    (error: unknown) => ({ track: null, problem: problemOf(error) }),
  );
  return {
    audio: audio.track,
    video: video.track,
    audioProblem: audio.problem,
    videoProblem: video.problem,
  };
}

export type DeviceChoice = { deviceId: string; label: string };

/** Microphones and cameras by name (names are only given once access was granted). */
export async function listDevices(): Promise<{ audio: DeviceChoice[]; video: DeviceChoice[] }> {
  const devices = (await navigator.mediaDevices?.enumerateDevices?.()) ?? [];
  const of = (kind: MediaDeviceKind) =>
    devices
      .filter((device) => device.kind === kind && device.deviceId !== '')
      .map((device) => ({ deviceId: device.deviceId, label: device.label }));
  return { audio: of('audioinput'), video: of('videoinput') };
}

export function stopTracks(tracks: LocalTracks): void {
  tracks.audio?.stop();
  tracks.video?.stop();
}
