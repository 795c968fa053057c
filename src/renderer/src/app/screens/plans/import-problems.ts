import type { TFunction } from 'i18next';
import type { FieldProblem } from '../../../../../shared/errors';

/** Problems about the file as a whole: they need no place and say it all. */
const wholeFile = ['not_json', 'not_cercle_file', 'newer_version', 'too_large'] as const;
type WholeFileProblem = (typeof wholeFile)[number];
const isWholeFile = (message: string): message is WholeFileProblem =>
  (wholeFile as readonly string[]).includes(message);

const generic = [
  'missing',
  'wrong_type',
  'not_allowed',
  'empty',
  'too_long',
  'too_many',
  'out_of_range',
  'not_whole',
  'invalid',
] as const;
type GenericProblem = (typeof generic)[number];
const isGeneric = (message: string): message is GenericProblem =>
  (generic as readonly string[]).includes(message);

export type Located = {
  /** 1-based, as people count. */
  plan: number | null;
  block: number | null;
  /** The last name in the path: 'durationMin', or an unknown key. */
  field: string | null;
};

/** 'plans.0.blocks.2.durationMin' → plan 1, block 3, field durationMin. */
export function locate(path: string): Located {
  const parts = path === '' ? [] : path.split('.');
  let plan: number | null = null;
  let block: number | null = null;
  let field: string | null = null;
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if ((part === 'plans' || part === 'blocks') && next !== undefined && /^\d+$/.test(next)) {
      if (part === 'plans') plan = Number(next) + 1;
      else block = Number(next) + 1;
      i += 1;
    } else {
      field = part;
    }
  }
  return { plan, block, field };
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * One problem of a refused import file in plain words, with where it is:
 * "Plan 1, bloc 3 : la durée doit être comprise entre 0 et 600 minutes."
 */
export function describeImportProblem(t: TFunction, problem: FieldProblem): string {
  if (isWholeFile(problem.message)) return t(`prep.import.file.${problem.message}`);
  const { plan, block, field } = locate(problem.path);
  const fields = t('prep.import.fields', { returnObjects: true }) as Record<
    string,
    Record<string, string> | undefined
  >;
  const entry = block !== null ? 'blockEntry' : plan !== null ? 'planEntry' : 'file';
  const known = fields[field ?? entry];
  const specific = known?.[problem.message];
  let what: string;
  if (specific) {
    what = specific;
  } else if (problem.message === 'unknown_field' || !known) {
    what = t('prep.import.unknownField', { key: field ?? '' });
  } else {
    const label = known.label ?? '';
    what = isGeneric(problem.message)
      ? t(`prep.import.generic.${problem.message}`, { label })
      : t('prep.import.generic.invalid', { label });
  }
  if (plan === null) return t('prep.import.sentence', { what: capitalise(what) });
  const where =
    block === null
      ? t('prep.import.wherePlan', { plan })
      : t('prep.import.whereBlock', { plan, block });
  return t('prep.import.located', { where, what });
}
