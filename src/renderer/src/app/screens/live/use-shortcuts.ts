import { useEffect, useRef } from 'react';
import type { RoundsClient } from '../../../rounds/rounds-client';
import { shortcutOf, type ShortcutAction } from './shortcuts';
import { shortcutsEnabled } from './shortcut-prefs';

/** What a shortcut does to the activity under way; 'help' is left to the caller. */
function run(rounds: RoundsClient, action: Exclude<ShortcutAction, 'help'>): void {
  const snapshot = rounds.getSnapshot();
  const activity = snapshot.state?.activity;
  if (!activity) return;
  const free = activity.kind === 'freeTime';
  switch (action) {
    case 'next':
      void rounds.next();
      return;
    case 'togglePause':
      void rounds.togglePause();
      return;
    case 'extend30':
      void rounds.extend(free ? 60_000 : 30_000);
      return;
    case 'extend60':
      void rounds.extend(free ? 300_000 : 60_000);
      return;
    case 'talkingPiece':
      if (!free) void rounds.setTalkingPiece(!snapshot.talkingPiece);
      return;
  }
}

/** The facilitator's single-key shortcuts, anywhere on the live screen but in text fields. */
export function useLiveShortcuts(rounds: RoundsClient, onHelp: () => void): void {
  const help = useRef(onHelp);
  useEffect(() => {
    help.current = onHelp;
  }, [onHelp]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const action = shortcutOf(event);
      if (action === null) return;
      // The help stays reachable even with shortcuts off: it is where they are turned back on.
      if (action !== 'help' && !shortcutsEnabled()) return;
      // A modal dialog is open: keys belong to it.
      if (action !== 'help' && document.querySelector('dialog[open]')) return;
      event.preventDefault();
      if (action === 'help') help.current();
      else run(rounds, action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [rounds]);
}
