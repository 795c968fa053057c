import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '../../../../../../shared/plans/templates';
import {
  blockFieldKey,
  draftFromPlan,
  moveItem,
  previewBlocks,
  previewStartTime,
  validateDraft,
  withKind,
  type PlanDraft,
} from './plan-draft';

const template = builtinTemplates('fr')[0]!.content;

describe('plan drafts', () => {
  it('round-trips a plan: what is loaded validates back to the same content', () => {
    const result = validateDraft(draftFromPlan(template));
    expect(result).toEqual({ ok: true, content: template });
  });

  it('keeps per-speaker times as minutes and seconds, and saves them as seconds', () => {
    const draft = draftFromPlan(template);
    const checkIn = draft.blocks[2]!;
    expect([checkIn.turnMin, checkIn.turnSec]).toEqual(['1', '30']);
    const edited: PlanDraft = {
      ...draft,
      blocks: draft.blocks.map((b, i) => (i === 2 ? { ...b, turnMin: '2', turnSec: '' } : b)),
    };
    const result = validateDraft(edited);
    expect(result.ok && result.content.blocks[2]!.turnSec).toBe(120);
  });

  it('places each problem beside its field, first field on screen first', () => {
    const draft = draftFromPlan(template);
    const pause = draft.blocks[4]!;
    const broken: PlanDraft = {
      ...draft,
      name: '  ',
      groupSize: '0',
      startTime: '25:00',
      blocks: draft.blocks.map((b) =>
        b.id === pause.id
          ? { ...b, title: '', duration: '' }
          : b.kind === 'round'
            ? { ...b, turnSec: '75' }
            : b,
      ),
    };
    const result = validateDraft(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const round = draft.blocks[2]!;
    expect([...result.problems]).toEqual([
      ['name', 'empty'],
      ['groupSize', 'out_of_range'],
      ['startTime', 'invalid_time'],
      [blockFieldKey(round.id, 'turn'), 'seconds_range'],
      [blockFieldKey(draft.blocks[3]!.id, 'turn'), 'seconds_range'],
      [blockFieldKey(pause.id, 'title'), 'empty'],
      [blockFieldKey(pause.id, 'duration'), 'empty'],
    ]);
  });

  it('previews unreadable numbers as zero and reads 24-hour times typed the French way', () => {
    const draft = { ...draftFromPlan(template), startTime: '18h45' };
    draft.blocks[0] = { ...draft.blocks[0]!, duration: 'abc' };
    expect(previewBlocks(draft)[0]!.durationMin).toBe(0);
    expect(previewStartTime(draft)).toBe('18:45');
    expect(validateDraft(draft).ok).toBe(false);
  });

  it('gives a block turned into a round a turn to start from, and keeps one it had', () => {
    const welcome = draftFromPlan(template).blocks[0]!;
    expect(withKind(welcome, 'round')).toMatchObject({ kind: 'round', turnMin: '3', turnSec: '0' });
    const round = draftFromPlan(template).blocks[2]!;
    expect(withKind(round, 'closingRound')).toMatchObject({ turnMin: '1', turnSec: '30' });
  });

  it('moves one item and keeps the others in order', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 3, 1)).toEqual(['a', 'd', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b'], 1, 9)).toEqual(['a', 'b']);
  });
});
