import { agreementListSchema, type Agreement } from '../../../../../shared/agreements';
import { newBlockId } from '../plans/block-kinds';

/** An agreement in the editor; `key` follows it when it moves (for React and for focus). */
export type DraftAgreement = Agreement & { key: string };

export type AgreementField = 'title' | 'text';
export type AgreementProblemKey = 'list' | `item:${string}:${AgreementField}`;

export const toDraft = (items: readonly Agreement[]): DraftAgreement[] =>
  items.map((item) => ({ ...item, key: newBlockId() }));

export const toItems = (draft: readonly DraftAgreement[]): Agreement[] =>
  draft.map(({ title, text }) => ({ title, text }));

/** Same words in the same order (spaces at the ends do not count: main trims them). */
export const sameItems = (a: readonly Agreement[], b: readonly Agreement[]): boolean =>
  a.length === b.length &&
  a.every((x, i) => x.title.trim() === b[i]?.title.trim() && x.text.trim() === b[i]?.text.trim());

export type AgreementValidation =
  | { ok: true; items: Agreement[] }
  | { ok: false; problems: ReadonlyMap<AgreementProblemKey, string> };

/** The shared schema main applies, with each problem placed beside its field. */
export function validateAgreements(draft: readonly DraftAgreement[]): AgreementValidation {
  const parsed = agreementListSchema.safeParse(toItems(draft));
  if (parsed.success) return { ok: true, items: parsed.data };
  const problems = new Map<AgreementProblemKey, string>();
  for (const issue of parsed.error.issues) {
    const [index, field] = issue.path;
    const item = typeof index === 'number' ? draft[index] : undefined;
    const word = /^[a-z_]+$/.test(issue.message) ? issue.message : 'invalid';
    const key: AgreementProblemKey =
      item && (field === 'title' || field === 'text') ? `item:${item.key}:${field}` : 'list';
    if (!problems.has(key)) problems.set(key, word);
  }
  return { ok: false, problems };
}
