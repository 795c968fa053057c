import { useCallback } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { ErrorCode } from '../../../../../shared/errors';
import { groupNameSchema } from '../../../../../shared/groups';
import type { ApiError } from '../../api';

const nameProblems = ['empty', 'too_long', 'control_chars', 'taken'] as const;
type NameProblem = (typeof nameProblems)[number];

const isNameProblem = (value: string | undefined): value is NameProblem =>
  (nameProblems as readonly (string | undefined)[]).includes(value);

/** What is wrong with a typed name: a known problem of the field, or any other failure. */
export type NameIssue =
  { kind: 'field'; problem: NameProblem; length: number } | { kind: 'error'; code: ErrorCode };

/** How a name form's submit ended: saved, ignored (another call was in flight), or refused. */
export type NameSubmit = 'done' | 'ignored' | NameIssue;

/** The same rules main applies (groupNameSchema), checked before sending. */
export function checkGroupName(
  typed: string,
): { ok: true; name: string } | { ok: false; issue: NameIssue } {
  const parsed = groupNameSchema.safeParse(typed);
  if (parsed.success) return { ok: true, name: parsed.data };
  const problem = parsed.error.issues[0]?.message;
  return {
    ok: false,
    issue: isNameProblem(problem)
      ? { kind: 'field', problem, length: typed.trim().length }
      : { kind: 'error', code: 'VALIDATION' },
  };
}

/** A refused call, shown beside the field like a check made here (e.g. NAME_TAKEN). */
export function nameIssueFromError(error: ApiError, typed: string): NameIssue {
  const problem = error.fieldProblem('name');
  return isNameProblem(problem)
    ? { kind: 'field', problem, length: typed.trim().length }
    : { kind: 'error', code: error.code };
}

export function useNameIssueText(): (issue: NameIssue) => string {
  const { t } = useTranslation();
  return useCallback(
    (issue: NameIssue) =>
      issue.kind === 'field'
        ? t(`groups.nameErrors.${issue.problem}`, { length: issue.length })
        : t(`errors.${issue.code}`),
    [t],
  );
}
