import { AppError } from '../../shared/errors';
import type { Note } from '../../shared/live';
import type { Db } from '../db/connection';
import { notesOfSession, upsertNote } from '../db/repos/notes';
import { findSession } from '../db/repos/sessions';
import type { Clock } from './clock';

/** Private notes: saved locally as typed, never sent to the session server nor exported. */
export function createNotesService(db: Db, now: Clock = Date.now) {
  function assertSession(sessionId: string): void {
    if (!findSession(db, sessionId)) throw new AppError('NOT_FOUND', `No session ${sessionId}.`);
  }
  return {
    list(sessionId: string): Note[] {
      assertSession(sessionId);
      return notesOfSession(db, sessionId);
    },
    /** One durable write per save: once this returns, a crash cannot lose the text. */
    save(sessionId: string, blockId: string, text: string): Note {
      assertSession(sessionId);
      const updatedAt = now();
      upsertNote(db, sessionId, blockId, text, updatedAt);
      return { blockId, text, updatedAt };
    },
  };
}

export type NotesService = ReturnType<typeof createNotesService>;
