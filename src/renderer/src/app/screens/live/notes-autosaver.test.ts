import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { NotesAutosaver } from './notes-autosaver';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function saver(fail: () => boolean = () => false) {
  const saved: [string, string][] = [];
  const notes = new NotesAutosaver(
    async (blockId, text) => {
      if (fail()) throw new Error('busy');
      saved.push([blockId, text]);
    },
    { delayMs: 700, retryMs: 3_000 },
  );
  return { notes, saved };
}

describe('NotesAutosaver', () => {
  test('saves once, within a second of the last keystroke, and says "saved"', async () => {
    const { notes, saved } = saver();
    notes.change('', 'A');
    await vi.advanceTimersByTimeAsync(400);
    notes.change('', 'Al');
    notes.change('', 'Ali');
    expect(notes.getSnapshot().status['']).toBe('pending');
    await vi.advanceTimersByTimeAsync(699);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual([['', 'Ali']]);
    expect(notes.getSnapshot().status['']).toBe('saved');
  });

  test('a failed save is tried again and the note says so meanwhile', async () => {
    let failing = true;
    const { notes, saved } = saver(() => failing);
    notes.change('b1', 'Tour difficile');
    await vi.advanceTimersByTimeAsync(700);
    expect(notes.getSnapshot().status['b1']).toBe('failed');
    failing = false;
    await vi.advanceTimersByTimeAsync(3_000);
    expect(saved).toEqual([['b1', 'Tour difficile']]);
    expect(notes.getSnapshot().status['b1']).toBe('saved');
  });

  test('flush saves what is still waiting, and loading keeps what is being typed', async () => {
    const { notes, saved } = saver();
    notes.change('b1', 'en cours');
    notes.load([
      { blockId: 'b1', text: 'ancien' },
      { blockId: '', text: 'séance' },
    ]);
    expect(notes.getSnapshot().texts).toEqual({ b1: 'en cours', '': 'séance' });
    await notes.flush();
    expect(saved).toEqual([['b1', 'en cours']]);
  });
});
