import { useId, type RefCallback } from 'react';
import type { PlanSummary } from '../../../../../shared/plans/plan';
import { PlanRow } from './PlanRow';
import type { PlanListActions } from './use-plan-list-actions';

type PlanSectionProps = {
  title: string;
  emptyTitle: string;
  emptyBody: string;
  plans: readonly PlanSummary[];
  actions: PlanListActions;
  focusRef(key: string): RefCallback<HTMLElement>;
};

/** Ids of the rows after and before `id`: where focus goes when that row leaves. */
function neighbours(list: readonly PlanSummary[], id: string): string[] {
  const index = list.findIndex((plan) => plan.id === id);
  return [list[index + 1]?.id, list[index - 1]?.id].filter((x): x is string => x !== undefined);
}

/** Your plans, or your templates: one row each, or a friendly word when there are none. */
export function PlanSection({
  title,
  emptyTitle,
  emptyBody,
  plans,
  actions,
  focusRef,
}: PlanSectionProps) {
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {title}
        {plans.length > 0 ? <span className="count"> ({plans.length})</span> : null}
      </h2>
      {plans.length === 0 ? (
        <div className="empty-state">
          <span className="empty-mark" aria-hidden="true" />
          <div>
            <p className="empty-title">{emptyTitle}</p>
            <p className="muted">{emptyBody}</p>
          </div>
        </div>
      ) : (
        <ul className="plan-list">
          {plans.map((plan) => (
            <PlanRow
              key={plan.id}
              plan={plan}
              busy={actions.busy}
              confirming={actions.confirming === plan.id}
              error={actions.rowError?.id === plan.id ? actions.rowError.text : null}
              focusRef={(action) => focusRef(`plan:${plan.id}:${action}`)}
              onDuplicate={() => void actions.copy(plan, plan.isTemplate)}
              onSecondary={() =>
                void (plan.isTemplate ? actions.fromTemplate(plan) : actions.copy(plan, true))
              }
              onExport={() => void actions.exportPlans([plan.id])}
              onAskDelete={() => actions.askDelete(plan)}
              onConfirmDelete={() => void actions.remove(plan, neighbours(plans, plan.id))}
              onCancelDelete={() => actions.cancelDelete(plan)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
