/** What the facilitator's keyboard shortcuts do. */
export type ShortcutAction =
  'next' | 'togglePause' | 'extend30' | 'extend60' | 'talkingPiece' | 'help';

/** The keys, in the order the help lists them. Single keys, so they can be switched off (WCAG 2.1.4). */
export const shortcuts: readonly { action: ShortcutAction; key: string }[] = [
  { action: 'next', key: 'N' },
  { action: 'togglePause', key: 'P' },
  { action: 'extend30', key: 'E' },
  { action: 'extend60', key: 'Maj+E' },
  { action: 'talkingPiece', key: 'M' },
  { action: 'help', key: '?' },
];

type KeyLike = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Where the key was pressed: typing in a field is never a shortcut. */
  target: EventTarget | null;
};

function isTyping(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range'].includes(type);
}

/** The shortcut a key press means, or null (modifiers, typing in a field, any other key). */
export function shortcutOf(event: KeyLike): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return null;
  switch (event.key) {
    case 'n':
    case 'N':
      return 'next';
    case 'p':
    case 'P':
      return 'togglePause';
    case 'e':
      return 'extend30';
    case 'E':
      return 'extend60';
    case 'm':
    case 'M':
      return 'talkingPiece';
    case '?':
      return 'help';
    default:
      return null;
  }
}
