import type { Block, BlockKind } from '../../../shared/plans/blocks';
import type { Plan, PlanSummary } from '../../../shared/plans/plan';
import type { Db } from '../connection';
import { preparedStatements } from '../prepared';

type PlanRow = {
  id: string;
  name: string;
  is_template: number;
  expected_group_size: number;
  start_time: string;
  created_at: number;
  updated_at: number;
};

type BlockRow = {
  plan_id: string;
  position: number;
  id: string;
  kind: BlockKind;
  title: string;
  prompt: string;
  duration_min: number;
  turn_sec: number | null;
  pass_allowed: number;
};

type SummaryRow = Pick<PlanRow, 'id' | 'name' | 'is_template' | 'updated_at'> & {
  block_count: number;
  total_min: number;
};

const toBlock = (row: BlockRow): Block => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  prompt: row.prompt,
  durationMin: row.duration_min,
  turnSec: row.turn_sec,
  passAllowed: row.pass_allowed === 1,
});

const sql = preparedStatements((db: Db) => ({
  insertPlan: db.prepare<[string, string, number, number, string, number, number]>(
    `INSERT INTO plans (id, name, is_template, expected_group_size, start_time, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ),
  updatePlan: db.prepare<[string, number, string, number, string]>(
    'UPDATE plans SET name = ?, expected_group_size = ?, start_time = ?, updated_at = ? WHERE id = ?',
  ),
  deletePlan: db.prepare<[string]>('DELETE FROM plans WHERE id = ?'),
  deleteBlocks: db.prepare<[string]>('DELETE FROM plan_blocks WHERE plan_id = ?'),
  insertBlock: db.prepare<
    [string, number, string, string, string, string, number, number | null, number]
  >(
    `INSERT INTO plan_blocks (plan_id, position, id, kind, title, prompt, duration_min, turn_sec, pass_allowed)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  planById: db.prepare<[string], PlanRow>('SELECT * FROM plans WHERE id = ?'),
  blocksOf: db.prepare<[string], BlockRow>(
    'SELECT * FROM plan_blocks WHERE plan_id = ? ORDER BY position',
  ),
  summaries: db.prepare<[number], SummaryRow>(
    `SELECT p.id, p.name, p.is_template, p.updated_at,
            count(b.id) AS block_count, coalesce(sum(b.duration_min), 0) AS total_min
       FROM plans p LEFT JOIN plan_blocks b ON b.plan_id = p.id
      WHERE p.is_template = ?
      GROUP BY p.id
      ORDER BY p.name COLLATE NOCASE`,
  ),
}));

export function insertPlan(db: Db, plan: Plan): void {
  sql(db).insertPlan.run(
    plan.id,
    plan.name,
    plan.isTemplate ? 1 : 0,
    plan.expectedGroupSize,
    plan.startTime,
    plan.createdAt,
    plan.updatedAt,
  );
  writeBlocks(db, plan.id, plan.blocks);
}

/** Replaces the plan's fields and all its blocks (call inside a transaction). */
export function updatePlan(db: Db, plan: Plan): void {
  sql(db).updatePlan.run(
    plan.name,
    plan.expectedGroupSize,
    plan.startTime,
    plan.updatedAt,
    plan.id,
  );
  sql(db).deleteBlocks.run(plan.id);
  writeBlocks(db, plan.id, plan.blocks);
}

function writeBlocks(db: Db, planId: string, blocks: readonly Block[]): void {
  blocks.forEach((b, position) =>
    sql(db).insertBlock.run(
      planId,
      position,
      b.id,
      b.kind,
      b.title,
      b.prompt,
      b.durationMin,
      b.turnSec,
      b.passAllowed ? 1 : 0,
    ),
  );
}

export function findPlan(db: Db, id: string): Plan | undefined {
  const row = sql(db).planById.get(id);
  if (!row) return undefined;
  return {
    id: row.id,
    name: row.name,
    isTemplate: row.is_template === 1,
    expectedGroupSize: row.expected_group_size,
    startTime: row.start_time,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    blocks: sql(db).blocksOf.all(id).map(toBlock),
  };
}

export function listPlanSummaries(db: Db, templates: boolean): PlanSummary[] {
  return sql(db)
    .summaries.all(templates ? 1 : 0)
    .map((r) => ({
      id: r.id,
      name: r.name,
      isTemplate: r.is_template === 1,
      updatedAt: r.updated_at,
      blockCount: r.block_count,
      totalMin: r.total_min,
    }));
}

export function deletePlan(db: Db, id: string): void {
  sql(db).deletePlan.run(id);
}
