import { Store } from '../state/store';

/**
 * How loud the microphone is, from 0 to 1, for the device check. Reads an
 * AnalyserNode about ten times a second: enough for a meter, cheap on old phones.
 */
export class LevelMeter {
  readonly level = new Store(0);
  /** Became true once the level showed speech: "we can hear you". */
  readonly heard = new Store(false);
  readonly #context: AudioContext;
  readonly #timer: ReturnType<typeof setInterval>;

  private constructor(track: MediaStreamTrack) {
    this.#context = new AudioContext();
    const source = this.#context.createMediaStreamSource(new MediaStream([track]));
    const analyser = this.#context.createAnalyser();
    analyser.fftSize = 1024;
    source.connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    this.#timer = setInterval(() => {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const sample of samples) sum += sample * sample;
      const rms = Math.sqrt(sum / samples.length);
      // Speech sits around 0.02–0.2 RMS; a square root spreads it over the meter.
      const level = Math.round(Math.min(1, Math.sqrt(rms * 5)) * 20) / 20;
      this.level.set(level);
      if (level >= 0.25) this.heard.set(true);
    }, 100);
    void this.#context.resume().catch(() => undefined);
  }

  static create(track: MediaStreamTrack): LevelMeter {
    return new LevelMeter(track);
  }

  close(): void {
    clearInterval(this.#timer);
    void this.#context.close().catch(() => undefined);
  }
}
