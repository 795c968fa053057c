import { beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { openDatabase, type Db } from '../db/connection';
import { createGroupsService, type GroupsService } from './groups';
import { createAgreementsService } from './agreements';

let db: Db;
let groups: GroupsService;
let clock = 1_000;

beforeEach(() => {
  db = openDatabase(':memory:');
  clock = 1_000;
  groups = createGroupsService(
    db,
    createAgreementsService(db),
    () => 'fr',
    () => clock++,
  );
});

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return undefined;
};

describe('groups service', () => {
  it('creates, lists by name, renames, archives and restores', () => {
    const b = groups.create('Mardi soir');
    groups.create('Aidants — jeudi');
    expect(groups.list().map((g) => g.name)).toEqual(['Aidants — jeudi', 'Mardi soir']);

    groups.rename(b.id, 'Mercredi soir');
    groups.archive(b.id);
    expect(groups.list().map((g) => g.name)).toEqual(['Aidants — jeudi']);
    const all = groups.list(true);
    expect(all.map((g) => [g.name, g.archivedAt !== null])).toEqual([
      ['Aidants — jeudi', false],
      ['Mercredi soir', true],
    ]);

    groups.restore(b.id);
    expect(groups.list().map((g) => g.name)).toEqual(['Aidants — jeudi', 'Mercredi soir']);
  });

  it('refuses a name already used by an active group, whatever its case', () => {
    groups.create('Mardi soir');
    expect(codeOf(() => groups.create('MARDI SOIR'))).toBe('NAME_TAKEN');
    expect(groups.list()).toHaveLength(1);
  });

  it('frees a name when its group is archived, and refuses to restore over it', () => {
    const old = groups.create('Mardi soir');
    groups.archive(old.id);
    const fresh = groups.create('Mardi soir');
    expect(codeOf(() => groups.restore(old.id))).toBe('NAME_TAKEN');
    expect(groups.list().map((g) => g.id)).toEqual([fresh.id]);
  });

  it('refuses a rename onto another active group and keeps the old name', () => {
    const a = groups.create('Lundi');
    groups.create('Mardi');
    expect(codeOf(() => groups.rename(a.id, 'mardi'))).toBe('NAME_TAKEN');
    expect(groups.list().map((g) => g.name)).toEqual(['Lundi', 'Mardi']);
    expect(groups.rename(a.id, 'LUNDI').name).toBe('LUNDI');
  });

  it('reports unknown ids as NOT_FOUND', () => {
    const id = '00000000-0000-4000-8000-000000000000';
    expect(codeOf(() => groups.rename(id, 'x'))).toBe('NOT_FOUND');
    expect(codeOf(() => groups.archive(id))).toBe('NOT_FOUND');
    expect(codeOf(() => groups.restore(id))).toBe('NOT_FOUND');
  });

  it('lists with an index, not a scan', () => {
    const plan = db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT * FROM groups WHERE name = 'x' COLLATE NOCASE AND archived_at IS NULL",
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING INDEX groups_active_name/);
  });
});
