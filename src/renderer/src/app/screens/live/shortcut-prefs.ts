const storageKey = 'cercle.shortcuts';

/** Single-key shortcuts are on unless the facilitator turned them off (WCAG 2.1.4). */
export function shortcutsEnabled(): boolean {
  try {
    return window.localStorage.getItem(storageKey) !== 'off';
  } catch {
    return true;
  }
}

export function rememberShortcuts(on: boolean): void {
  try {
    window.localStorage.setItem(storageKey, on ? 'on' : 'off');
  } catch {
    // Kept for this page only.
  }
}
