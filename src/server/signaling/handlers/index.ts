import { entryHandlers } from './entry';
import { mediaHandlers } from './media';
import { moderationHandlers } from './moderation';
import { roundHandlers } from './rounds';
import type { Handlers } from './types';

/** Every method has exactly one handler; the compiler checks none is missing. */
export const handlers: Handlers = {
  ...entryHandlers,
  ...moderationHandlers,
  ...mediaHandlers,
  ...roundHandlers,
};
