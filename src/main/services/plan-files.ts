import type { z } from 'zod';
import { AppError, type FieldProblem } from '../../shared/errors';
import {
  PLAN_FILE_FORMAT,
  PLAN_FILE_MAX_BYTES,
  PLAN_FILE_VERSION,
  planFileSchema,
  type PlanFile,
} from '../../shared/plans/file-format';
import type { PlanSummary } from '../../shared/plans/plan';
import type { PlansService } from './plans';

/** Our own messages are stable words already; zod's built-in ones become a few more. */
function problemWord(issue: z.core.$ZodIssue): string {
  if (/^[a-z_]+$/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      // zod 4 leaves the input out of issues; its message says what it received.
      return /received undefined/.test(issue.message) ? 'missing' : 'wrong_type';
    case 'unrecognized_keys':
      return 'unknown_field';
    case 'invalid_value':
      return 'not_allowed';
    case 'too_small':
    case 'too_big':
      return 'out_of_range';
    default:
      return 'invalid';
  }
}

/** Every problem, located by its path (plans.0.blocks.2.durationMin), for the UI to put in words. */
export function toImportProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.slice(0, 50).map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    return { path: [...issue.path.map(String), ...keys].join('.'), message: problemWord(issue) };
  });
}

const invalid = (problems: FieldProblem[]) =>
  new AppError('IMPORT_INVALID', 'This file cannot be imported; nothing was changed.', problems);

/** Sharing plans as files: a versioned JSON format, validated in full before anything is written. */
export function createPlanFilesService(plans: PlansService, now: () => number = Date.now) {
  return {
    serialize(ids: readonly string[]): string {
      const file: PlanFile = {
        format: PLAN_FILE_FORMAT,
        version: PLAN_FILE_VERSION,
        exportedAt: new Date(now()).toISOString(),
        plans: ids.map((id) => {
          const { name, expectedGroupSize, startTime, blocks, isTemplate } = plans.get(id);
          return { name, expectedGroupSize, startTime, blocks, isTemplate };
        }),
      };
      return `${JSON.stringify(file, null, 2)}\n`;
    },

    /** All or nothing: one problem anywhere and no plan is added. */
    import(content: string): PlanSummary[] {
      if (content.length > PLAN_FILE_MAX_BYTES) throw invalid([{ path: '', message: 'too_large' }]);
      let data: unknown;
      try {
        data = JSON.parse(content);
      } catch {
        throw invalid([{ path: '', message: 'not_json' }]);
      }
      const format = (data as { format?: unknown } | null)?.format;
      if (format !== PLAN_FILE_FORMAT)
        throw invalid([{ path: 'format', message: 'not_cercle_file' }]);
      const version = (data as { version?: unknown }).version;
      if (typeof version === 'number' && version > PLAN_FILE_VERSION) {
        throw invalid([{ path: 'version', message: 'newer_version' }]);
      }
      const parsed = planFileSchema.safeParse(data);
      if (!parsed.success) throw invalid(toImportProblems(parsed.error));
      return plans.insertMany(parsed.data.plans).map((p) => ({
        id: p.id,
        name: p.name,
        isTemplate: p.isTemplate,
        updatedAt: p.updatedAt,
        blockCount: p.blocks.length,
        totalMin: p.blocks.reduce((sum, b) => sum + b.durationMin, 0),
      }));
    },
  };
}

export type PlanFilesService = ReturnType<typeof createPlanFilesService>;
