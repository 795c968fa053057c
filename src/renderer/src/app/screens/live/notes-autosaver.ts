import { Stateful } from '../../../state/store';

export type NoteStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

export type NotesSnapshot = {
  /** Texts by block id ('' is the note for the whole session). */
  texts: Readonly<Record<string, string>>;
  status: Readonly<Record<string, NoteStatus>>;
};

type Options = {
  /** Quiet time after the last keystroke before saving; under a second. */
  delayMs?: number;
  /** Wait before trying a failed save again. */
  retryMs?: number;
};

/**
 * The facilitator's private notes, saved on their own: shortly after typing
 * stops, one save at a time per note, again after a failure. Notes go to
 * this computer's database only (`notes:save`), never to the server.
 */
export class NotesAutosaver extends Stateful<NotesSnapshot> {
  readonly #save: (blockId: string, text: string) => Promise<unknown>;
  readonly #delayMs: number;
  readonly #retryMs: number;
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();
  readonly #saving = new Map<string, Promise<void>>();
  /** The text last written to the database, per note. */
  readonly #saved = new Map<string, string>();

  constructor(save: (blockId: string, text: string) => Promise<unknown>, options: Options = {}) {
    super({ texts: {}, status: {} });
    this.#save = save;
    this.#delayMs = options.delayMs ?? 700;
    this.#retryMs = options.retryMs ?? 3_000;
  }

  /** Notes already saved for this session; a note being typed keeps its text. */
  load(notes: readonly { blockId: string; text: string }[]): void {
    const texts = { ...this.state.texts };
    for (const note of notes) {
      this.#saved.set(note.blockId, note.text);
      if (!this.#timers.has(note.blockId)) texts[note.blockId] = note.text;
    }
    this.update((current) => ({ ...current, texts }));
  }

  change(blockId: string, text: string): void {
    this.update((current) => ({
      texts: { ...current.texts, [blockId]: text },
      status: { ...current.status, [blockId]: 'pending' },
    }));
    this.#schedule(blockId, this.#delayMs);
  }

  /** Saves every note with unsaved changes now (leaving, ending the session). */
  async flush(): Promise<void> {
    const pending = [...this.#timers.keys()];
    for (const blockId of pending) {
      clearTimeout(this.#timers.get(blockId));
      this.#timers.delete(blockId);
    }
    await Promise.all([
      ...pending.map((blockId) => this.#write(blockId)),
      ...this.#saving.values(),
    ]);
  }

  dispose(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }

  #schedule(blockId: string, ms: number): void {
    clearTimeout(this.#timers.get(blockId));
    this.#timers.set(
      blockId,
      setTimeout(() => {
        this.#timers.delete(blockId);
        void this.#write(blockId);
      }, ms),
    );
  }

  async #write(blockId: string): Promise<void> {
    // One save at a time per note: the newest text goes once the one in flight is done.
    const inFlight = this.#saving.get(blockId);
    if (inFlight) await inFlight;
    const text = this.state.texts[blockId] ?? '';
    if (this.#saved.get(blockId) === text && this.state.status[blockId] !== 'failed') {
      if (!this.#timers.has(blockId)) this.#setStatus(blockId, 'saved');
      return;
    }
    const work = (async () => {
      this.#setStatus(blockId, 'saving');
      try {
        await this.#save(blockId, text);
        this.#saved.set(blockId, text);
        // Typing that went on during the save has its own timer and status.
        if (!this.#timers.has(blockId)) {
          const latest = this.state.texts[blockId] ?? '';
          this.#setStatus(blockId, latest === text ? 'saved' : 'pending');
        }
      } catch {
        this.#setStatus(blockId, 'failed');
        if (!this.#timers.has(blockId)) this.#schedule(blockId, this.#retryMs);
      }
    })();
    this.#saving.set(blockId, work);
    try {
      await work;
    } finally {
      if (this.#saving.get(blockId) === work) this.#saving.delete(blockId);
    }
  }

  #setStatus(blockId: string, status: NoteStatus): void {
    this.update((current) => ({
      ...current,
      status: { ...current.status, [blockId]: status },
    }));
  }
}
