const storageKey = 'cercle.chime';

/** Whether this person asked for the soft chime (off unless they did). */
export function chimeWanted(): boolean {
  try {
    return window.localStorage.getItem(storageKey) === 'on';
  } catch {
    return false;
  }
}

export function rememberChime(on: boolean): void {
  try {
    window.localStorage.setItem(storageKey, on ? 'on' : 'off');
  } catch {
    // Private browsing: the choice lasts for this page only.
  }
}

let context: AudioContext | null = null;

/**
 * Makes the audio context ready. Browsers only let sound start after a click,
 * so this is called from the click that turns the chime on.
 */
export function primeChime(): void {
  try {
    context ??= new AudioContext();
    void context.resume();
  } catch {
    context = null;
  }
}

/**
 * A soft two-note chime made on the spot (no sound file to load): a rising
 * pair for "wrap up", a falling pair when time is over. Quiet and short, so
 * it does not cover the person speaking.
 */
export function playChime(kind: 'wrapUp' | 'overtime'): void {
  if (!context || context.state !== 'running') return;
  const notes = kind === 'wrapUp' ? [659.25, 880] : [880, 659.25];
  const start = context.currentTime + 0.02;
  notes.forEach((frequency, index) => {
    const at = start + index * 0.22;
    const oscillator = context!.createOscillator();
    const gain = context!.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.08, at + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.5);
    oscillator.connect(gain).connect(context!.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.55);
  });
}
