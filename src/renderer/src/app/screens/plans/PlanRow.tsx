import type { RefCallback } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { PlanSummary } from '../../../../../shared/plans/plan';
import { routeHash } from '../../router';
import { Button } from '../../ui/Button';
import { ConfirmActions } from '../../ui/ConfirmActions';
import { useDateFormat } from '../groups/group-format';
import { useTimeFormat } from './time-format';

type PlanRowProps = {
  plan: PlanSummary;
  busy: boolean;
  confirming: boolean;
  error: string | null;
  focusRef(action: 'open' | 'delete' | 'confirm'): RefCallback<HTMLElement>;
  onDuplicate(): void;
  /** "Enregistrer comme modèle" for a plan; "Créer un plan" from a template. */
  onSecondary(): void;
  onExport(): void;
  onAskDelete(): void;
  onConfirmDelete(): void;
  onCancelDelete(): void;
};

/** A saved plan or template: what it holds, and what can be done with it. */
export function PlanRow(props: PlanRowProps) {
  const { plan, busy, confirming, error, focusRef } = props;
  const { t } = useTranslation();
  const time = useTimeFormat();
  const formatDate = useDateFormat();
  const which = (
    <span className="visually-hidden"> {t('prep.plans.forPlan', { name: plan.name })}</span>
  );
  return (
    <li className="plan-row">
      <div className="plan-line">
        <div className="plan-text">
          <h3 className="plan-name">
            <a ref={focusRef('open')} href={routeHash({ screen: 'plan', planId: plan.id })}>
              {plan.name}
            </a>
          </h3>
          <p className="plan-meta">
            {t('prep.plans.meta', {
              count: plan.blockCount,
              total: time.duration(plan.totalMin),
              date: formatDate(plan.updatedAt),
            })}
          </p>
        </div>
        <div className="plan-actions">
          <Button busy={busy} onClick={props.onSecondary}>
            {t(plan.isTemplate ? 'prep.plans.useTemplate' : 'prep.plans.saveAsTemplate')}
            {which}
          </Button>
          <Button busy={busy} onClick={props.onDuplicate}>
            {t('prep.plans.duplicate')}
            {which}
          </Button>
          <Button busy={busy} onClick={props.onExport}>
            {t('prep.plans.export')}
            {which}
          </Button>
          <Button ref={focusRef('delete')} variant="quiet" busy={busy} onClick={props.onAskDelete}>
            {t('prep.plans.delete')}
            {which}
          </Button>
        </div>
      </div>
      {confirming ? (
        <ConfirmActions
          label={t('prep.plans.confirmLabel', { name: plan.name })}
          message={t(plan.isTemplate ? 'prep.plans.confirmTemplate' : 'prep.plans.confirmPlan', {
            name: plan.name,
          })}
          confirmText={t('prep.plans.confirmDelete')}
          cancelText={t('prep.plans.keep')}
          busy={busy}
          confirmRef={focusRef('confirm')}
          onConfirm={props.onConfirmDelete}
          onCancel={props.onCancelDelete}
        />
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}
