import { isRoundKind, type Block, type BlockKind } from '../../../../../../shared/plans/blocks';
import { planContentSchema, type PlanContent } from '../../../../../../shared/plans/plan';
import { newBlockDefaults, newBlockId } from '../block-kinds';
import { normalizeClock } from '../clock-input';

/**
 * The editor keeps numbers as typed (strings): a field someone is clearing
 * must not snap back to 0, and what was typed is never lost on a refusal.
 */
export type DraftBlock = {
  id: string;
  kind: BlockKind;
  title: string;
  prompt: string;
  duration: string;
  /** Per-speaker time as minutes and seconds, rounds only. */
  turnMin: string;
  turnSec: string;
  passAllowed: boolean;
};

export type PlanDraft = {
  name: string;
  groupSize: string;
  startTime: string;
  blocks: DraftBlock[];
};

export type BlockField = 'title' | 'prompt' | 'duration' | 'turn';
export type FieldKey =
  'name' | 'groupSize' | 'startTime' | 'blocks' | `block:${string}:${BlockField}`;

export const blockFieldKey = (id: string, field: BlockField): FieldKey => `block:${id}:${field}`;

/** A problem word: the shared schemas' messages plus what only typing can produce. */
export type Problem = string;

function turnParts(turnSec: number | null): { turnMin: string; turnSec: string } {
  if (turnSec === null) return { turnMin: '', turnSec: '' };
  return { turnMin: String(Math.floor(turnSec / 60)), turnSec: String(turnSec % 60) };
}

export function draftBlockFrom(block: Block): DraftBlock {
  return {
    id: block.id,
    kind: block.kind,
    title: block.title,
    prompt: block.prompt,
    duration: String(block.durationMin),
    ...turnParts(block.turnSec),
    passAllowed: block.passAllowed,
  };
}

export function draftFromPlan(content: PlanContent): PlanDraft {
  return {
    name: content.name,
    groupSize: String(content.expectedGroupSize),
    startTime: content.startTime,
    blocks: content.blocks.map(draftBlockFrom),
  };
}

export function newDraftBlock(kind: BlockKind, title: string): DraftBlock {
  const { durationMin, turnSec } = newBlockDefaults[kind];
  return draftBlockFrom({
    id: newBlockId(),
    kind,
    title,
    prompt: '',
    durationMin,
    turnSec,
    passAllowed: true,
  });
}

/** A kind change keeps what was typed, and gives a new round a turn to start from. */
export function withKind(block: DraftBlock, kind: BlockKind): DraftBlock {
  const needsTurn = isRoundKind(kind) && block.turnMin.trim() === '' && block.turnSec.trim() === '';
  return needsTurn
    ? { ...block, kind, ...turnParts(newBlockDefaults[kind].turnSec) }
    : { ...block, kind };
}

type Parsed = { value: number } | { problem: 'empty' | 'not_number' };

function parseWhole(text: string): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') return { problem: 'empty' };
  return /^\d{1,6}$/.test(trimmed) ? { value: Number(trimmed) } : { problem: 'not_number' };
}

function parseTurn(block: DraftBlock): Parsed | { problem: 'seconds_range' } {
  const min = block.turnMin.trim();
  const sec = block.turnSec.trim();
  if (min === '' && sec === '') return { problem: 'empty' };
  const m = min === '' ? { value: 0 } : parseWhole(min);
  const s = sec === '' ? { value: 0 } : parseWhole(sec);
  if (!('value' in m) || !('value' in s)) return { problem: 'not_number' };
  if (s.value > 59) return { problem: 'seconds_range' };
  return { value: m.value * 60 + s.value };
}

const valueOr = (parsed: Parsed | { problem: string }, fallback: number) =>
  'value' in parsed ? parsed.value : fallback;

/** The blocks as they would be saved, with unreadable numbers as 0: for the live timetable. */
export function previewBlocks(draft: PlanDraft): Block[] {
  return draft.blocks.map((block) => ({
    id: block.id,
    kind: block.kind,
    title: block.title,
    prompt: block.prompt,
    durationMin: valueOr(parseWhole(block.duration), 0),
    turnSec: isRoundKind(block.kind) ? valueOr(parseTurn(block), 0) : null,
    passAllowed: block.passAllowed,
  }));
}

/** The start time as "HH:MM", or null while what was typed is not a time. */
export function previewStartTime(draft: PlanDraft): string | null {
  return normalizeClock(draft.startTime);
}

/** The group size as a number, or 0 when it cannot be read (then no overrun is claimed). */
export function previewGroupSize(draft: PlanDraft): number {
  return valueOr(parseWhole(draft.groupSize), 0);
}

export type Validation =
  { ok: true; content: PlanContent } | { ok: false; problems: ReadonlyMap<FieldKey, Problem> };

function fieldOfPath(draft: PlanDraft, path: readonly PropertyKey[]): FieldKey | null {
  const [first, index, field] = path;
  if (first === 'name') return 'name';
  if (first === 'expectedGroupSize') return 'groupSize';
  if (first === 'startTime') return 'startTime';
  if (first !== 'blocks') return null;
  if (index === undefined) return 'blocks';
  const block = draft.blocks[Number(index)];
  if (!block) return 'blocks';
  switch (field) {
    case 'title':
    case 'prompt':
      return blockFieldKey(block.id, field);
    case 'durationMin':
      return blockFieldKey(block.id, 'duration');
    case 'turnSec':
      return blockFieldKey(block.id, 'turn');
    default:
      return 'blocks';
  }
}

/** Problems in the order their fields appear, so focus goes to the first one on screen. */
function inScreenOrder(
  draft: PlanDraft,
  problems: ReadonlyMap<FieldKey, Problem>,
): ReadonlyMap<FieldKey, Problem> {
  const order: FieldKey[] = ['name', 'groupSize', 'startTime', 'blocks'];
  for (const block of draft.blocks) {
    for (const field of ['title', 'duration', 'prompt', 'turn'] as const) {
      order.push(blockFieldKey(block.id, field));
    }
  }
  const rank = (key: FieldKey) => order.indexOf(key);
  return new Map([...problems].sort(([a], [b]) => rank(a) - rank(b)));
}

/**
 * Checks the draft with the same schema main applies (planContentSchema), so
 * a problem shows beside its field before anything is sent.
 */
export function validateDraft(draft: PlanDraft): Validation {
  const problems = new Map<FieldKey, Problem>();
  const note = (key: FieldKey, problem: Problem) => {
    if (!problems.has(key)) problems.set(key, problem);
  };
  const size = parseWhole(draft.groupSize);
  if (!('value' in size)) note('groupSize', size.problem);
  if (draft.startTime.trim() === '') note('startTime', 'empty');
  const startTime = normalizeClock(draft.startTime) ?? draft.startTime.trim();
  const blocks = draft.blocks.map((block) => {
    const duration = parseWhole(block.duration);
    if (!('value' in duration)) note(blockFieldKey(block.id, 'duration'), duration.problem);
    let turnSec: number | null = null;
    if (isRoundKind(block.kind)) {
      const turn = parseTurn(block);
      if ('value' in turn) turnSec = turn.value;
      else note(blockFieldKey(block.id, 'turn'), turn.problem);
    }
    return {
      id: block.id,
      kind: block.kind,
      title: block.title,
      prompt: block.prompt,
      durationMin: valueOr(duration, 0),
      turnSec: isRoundKind(block.kind) ? (turnSec ?? 0) : null,
      passAllowed: block.passAllowed,
    };
  });
  const parsed = planContentSchema.safeParse({
    name: draft.name,
    expectedGroupSize: valueOr(size, 0),
    startTime,
    blocks,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = fieldOfPath(draft, issue.path);
      if (key) note(key, /^[a-z_]+$/.test(issue.message) ? issue.message : 'invalid');
    }
  }
  if (problems.size > 0) return { ok: false, problems: inScreenOrder(draft, problems) };
  if (!parsed.success) return { ok: false, problems: new Map([['blocks', 'invalid']]) };
  return { ok: true, content: parsed.data };
}

/** Moves one item to a new index; the others keep their order. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item === undefined) return next;
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item);
  return next;
}

export const sameDraft = (a: PlanDraft, b: PlanDraft): boolean =>
  JSON.stringify(a) === JSON.stringify(b);
