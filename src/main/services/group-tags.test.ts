import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { testServices } from '../../../tests/support/services';

/** The tag the app page used to make from its localStorage secret (issue 8). */
const pageTag = (secret: string, groupId: string) =>
  createHash('sha256').update(`${secret}:${groupId}`).digest('base64url').slice(0, 32);

const PAGE_SECRET = 'Zm9yLXRlc3RzLW9ubHktbm90LWEtcmVhbC1zZWNyZXQ';

describe('group tags from the local database', () => {
  it('stable per group on one installation, different across groups and installations', () => {
    const here = testServices();
    const [a, b] = [here.groups.create('Mardi'), here.groups.create('Jeudi')];
    const tag = here.groupTags.tag(a.id);
    expect(tag).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(here.groupTags.tag(a.id)).toBe(tag);
    expect(here.groupTags.tag(b.id)).not.toBe(tag);
    expect(tag).not.toContain(a.id.slice(0, 8));
    const elsewhere = testServices();
    elsewhere.db
      .prepare('INSERT INTO groups (id, name, created_at) VALUES (?, ?, 0)')
      .run(a.id, 'x');
    expect(elsewhere.groupTags.tag(a.id)).not.toBe(tag);
  });

  it('imports the secret the page kept, once: people already known keep their returning key', () => {
    const s = testServices();
    const group = s.groups.create('Mardi');
    expect(s.groupTags.tag(group.id, PAGE_SECRET)).toBe(pageTag(PAGE_SECRET, group.id));
    // Imported: later calls need nothing from the page, and another secret cannot replace it.
    expect(s.groupTags.tag(group.id)).toBe(pageTag(PAGE_SECRET, group.id));
    const other = 'b3RoZXItc2VjcmV0LW5vdC10aGUtZmlyc3Qtb25lLTEy';
    expect(s.groupTags.tag(group.id, other)).toBe(pageTag(PAGE_SECRET, group.id));
  });

  it('a secret made here is not replaced by a page secret arriving later', () => {
    const s = testServices();
    const group = s.groups.create('Mardi');
    const first = s.groupTags.tag(group.id);
    expect(s.groupTags.tag(group.id, PAGE_SECRET)).toBe(first);
  });

  it('refuses a group that does not exist', () => {
    const s = testServices();
    expect(() => s.groupTags.tag('00000000-0000-4000-8000-000000000000')).toThrow(/No group/);
  });
});
