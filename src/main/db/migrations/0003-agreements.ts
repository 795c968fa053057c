import { randomUUID } from 'node:crypto';
import { defaultAgreements } from '../../../shared/agreements';
import { languageSchema } from '../../../shared/settings';
import type { Migration } from './index';

export const agreements: Migration = {
  version: 3,
  name: 'agreements',
  up(db) {
    db.exec(`
      CREATE TABLE agreement_sets (
        id TEXT PRIMARY KEY,
        group_id TEXT NOT NULL REFERENCES groups (id),
        version INTEGER NOT NULL CHECK (version >= 1),
        items TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        UNIQUE (group_id, version)
      ) STRICT;
    `);
    // Groups made before agreements existed start from the default set, in the
    // language the facilitator chose.
    const stored = db.prepare("SELECT value FROM settings WHERE key = 'language'").pluck().get();
    const language = languageSchema.catch('fr').parse(stored);
    const items = JSON.stringify(defaultAgreements(language));
    const insert = db.prepare(
      'INSERT INTO agreement_sets (id, group_id, version, items, created_at) VALUES (?, ?, 1, ?, ?)',
    );
    const groupIds = db.prepare('SELECT id FROM groups').pluck().all() as string[];
    for (const id of groupIds) insert.run(randomUUID(), id, items, Date.now());
  },
};
