import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import type { Plan, PlanContent, PlanSummary } from '../../shared/plans/plan';
import { builtinTemplates } from '../../shared/plans/templates';
import type { Language } from '../../shared/settings';
import type { Db } from '../db/connection';
import * as repo from '../db/repos/plans';
import type { Clock } from './clock';

export type PlanSource = { builtin: string } | { planId: string } | { empty: true };

/** Plans and templates (a template is a plan kept as a starting point). */
export function createPlansService(db: Db, language: () => Language, now: Clock = Date.now) {
  function get(id: string): Plan {
    const plan = repo.findPlan(db, id);
    if (!plan) throw new AppError('NOT_FOUND', `No plan ${id}.`);
    return plan;
  }

  function insert(content: PlanContent, isTemplate: boolean): Plan {
    const at = now();
    const plan: Plan = {
      ...structuredClone(content),
      id: randomUUID(),
      isTemplate,
      createdAt: at,
      updatedAt: at,
    };
    repo.insertPlan(db, plan);
    return plan;
  }

  function contentOf(source: PlanSource): PlanContent {
    if ('builtin' in source) {
      const template = builtinTemplates(language()).find((t) => t.key === source.builtin);
      if (!template) throw new AppError('NOT_FOUND', `No built-in template ${source.builtin}.`);
      return template.content;
    }
    if ('planId' in source) {
      const { name, expectedGroupSize, startTime, blocks } = get(source.planId);
      return { name, expectedGroupSize, startTime, blocks };
    }
    return { name: '', expectedGroupSize: 8, startTime: '18:30', blocks: [] };
  }

  return {
    get,

    list(templates: boolean): PlanSummary[] {
      return repo.listPlanSummaries(db, templates);
    },

    create(name: string, source: PlanSource, isTemplate = false): Plan {
      return db.transaction(() => insert({ ...contentOf(source), name }, isTemplate))();
    },

    /** Saves the editor's whole plan: fields and blocks in their new order. */
    save(id: string, content: PlanContent): Plan {
      return db.transaction(() => {
        const plan = { ...get(id), ...structuredClone(content), updatedAt: now() };
        repo.updatePlan(db, plan);
        return plan;
      })();
    },

    /** A copy under a new name; `asTemplate` is how "save as template" works. */
    duplicate(id: string, name: string, asTemplate: boolean): Plan {
      return db.transaction(() => insert({ ...contentOf({ planId: id }), name }, asTemplate))();
    },

    /** Sessions keep their own frozen copy, so deleting a plan rewrites no history. */
    remove(id: string): void {
      get(id);
      repo.deletePlan(db, id);
    },

    insertMany(contents: readonly (PlanContent & { isTemplate: boolean })[]): Plan[] {
      return db.transaction(() =>
        contents.map(({ isTemplate, ...content }) => insert(content, isTemplate)),
      )();
    },
  };
}

export type PlansService = ReturnType<typeof createPlansService>;
