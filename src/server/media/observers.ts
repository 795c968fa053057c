import type { types } from 'mediasoup';

export type ObserverHandlers = {
  activeSpeaker: (peerId: string) => void;
  audioLevels: (levels: Array<{ peerId: string; volume: number }>) => void;
  silence: () => void;
};

/** How often the audio-level observer reports; each report credits this much speaking time. */
export const AUDIO_LEVEL_INTERVAL_MS = 500;

function peerIdOf(producer: types.Producer): string | undefined {
  const peerId = producer.appData['peerId'];
  return typeof peerId === 'string' ? peerId : undefined;
}

/**
 * A room's audio observers: ActiveSpeakerObserver picks the dominant speaker
 * (for the UI), AudioLevelObserver reports who makes sound each interval (the
 * raw material of speaking time for attendance).
 */
export class Observers {
  readonly #activeSpeaker: types.ActiveSpeakerObserver;
  readonly #audioLevel: types.AudioLevelObserver;

  private constructor(active: types.ActiveSpeakerObserver, level: types.AudioLevelObserver) {
    this.#activeSpeaker = active;
    this.#audioLevel = level;
  }

  static async create(router: types.Router, handlers: ObserverHandlers): Promise<Observers> {
    const active = await router.createActiveSpeakerObserver({ interval: 300 });
    const level = await router.createAudioLevelObserver({
      maxEntries: 16,
      threshold: -70,
      interval: AUDIO_LEVEL_INTERVAL_MS,
    });
    active.on('dominantspeaker', ({ producer }) => {
      const peerId = peerIdOf(producer);
      if (peerId) handlers.activeSpeaker(peerId);
    });
    level.on('volumes', (volumes) => {
      handlers.audioLevels(
        volumes.flatMap(({ producer, volume }) => {
          const peerId = peerIdOf(producer);
          return peerId ? [{ peerId, volume }] : [];
        }),
      );
    });
    level.on('silence', () => handlers.silence());
    return new Observers(active, level);
  }

  async add(producer: types.Producer): Promise<void> {
    await Promise.all([
      this.#activeSpeaker.addProducer({ producerId: producer.id }),
      this.#audioLevel.addProducer({ producerId: producer.id }),
    ]).catch(() => {
      // The producer may already be closed again; observers drop closed producers themselves.
    });
  }
}
