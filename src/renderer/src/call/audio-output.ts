/** One voice to play: a remote audio track and whose it is. */
export type Voice = { consumerId: string; peerId: string; track: MediaStreamTrack };

/**
 * Plays the others' voices through hidden <audio> elements held outside
 * React, so the facilitator keeps hearing the room while moving between
 * screens of the app. Each element names its person (data-peer) for
 * diagnostics. Browsers may refuse to play sound before the person
 * interacted with the page: that is reported, and `unlock()` (from a click)
 * plays everything again.
 */
export class AudioOutput {
  readonly #elements = new Map<string, HTMLAudioElement>();
  readonly #onBlocked: (blocked: boolean) => void;
  #container: HTMLElement | undefined;

  constructor(onBlocked: (blocked: boolean) => void) {
    this.#onBlocked = onBlocked;
  }

  /** Plays exactly these voices. */
  sync(voices: readonly Voice[]): void {
    const wanted = new Map(voices.map((voice) => [voice.consumerId, voice]));
    for (const [id, element] of this.#elements) {
      if (wanted.has(id)) continue;
      element.pause();
      element.srcObject = null;
      element.remove();
      this.#elements.delete(id);
    }
    for (const voice of voices) {
      if (this.#elements.has(voice.consumerId)) continue;
      const element = document.createElement('audio');
      element.autoplay = true;
      element.dataset['peer'] = voice.peerId;
      element.srcObject = new MediaStream([voice.track]);
      this.#containerElement().append(element);
      this.#elements.set(voice.consumerId, element);
      this.#play(element);
    }
  }

  unlock(): void {
    for (const element of this.#elements.values()) this.#play(element);
  }

  close(): void {
    this.sync([]);
    this.#container?.remove();
    this.#container = undefined;
  }

  #containerElement(): HTMLElement {
    if (!this.#container) {
      this.#container = document.createElement('div');
      this.#container.hidden = true;
      this.#container.className = 'call-audio';
      document.body.append(this.#container);
    }
    return this.#container;
  }

  #play(element: HTMLAudioElement): void {
    element.play().then(
      () => this.#onBlocked(false),
      (error: unknown) => {
        if ((error as { name?: unknown }).name === 'NotAllowedError') this.#onBlocked(true);
      },
    );
  }
}
