import { PLAN_NAME_MAX } from '../../../../../shared/plans/plan';

/** A name for a copy that still fits (planNameSchema: 80 characters). */
export function fitName(name: string): string {
  return name.length <= PLAN_NAME_MAX ? name : `${name.slice(0, PLAN_NAME_MAX - 1)}…`;
}
