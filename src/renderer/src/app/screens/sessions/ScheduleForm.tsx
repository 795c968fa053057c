import { useId, useState, type FormEvent, type RefCallback } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { PlanSummary } from '../../../../../shared/plans/plan';
import { routeHash } from '../../router';
import { Button } from '../../ui/Button';
import { describedBy, Field } from '../plans/editor/Field';
import { normalizeClock } from '../plans/clock-input';
import { localMoment } from './session-format';

type Problem = 'date' | 'time' | 'plan' | 'past';

type ScheduleFormProps = {
  groupName: string;
  plans: readonly PlanSummary[];
  templates: readonly PlanSummary[];
  busy: boolean;
  focusRef(key: string): RefCallback<HTMLElement>;
  /** Returns the refusal in plain words, or null once scheduled. */
  onSchedule(planId: string, scheduledAt: number): Promise<string | null>;
};

/** A session for this group: a date, a time and a plan (whose copy the session keeps). */
export function ScheduleForm({
  groupName,
  plans,
  templates,
  busy,
  focusRef,
  onSchedule,
}: ScheduleFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [planId, setPlanId] = useState(() => plans[0]?.id ?? templates[0]?.id ?? '');
  const [problems, setProblems] = useState<ReadonlySet<Problem>>(new Set());
  const [failure, setFailure] = useState<string | null>(null);

  if (plans.length === 0 && templates.length === 0) {
    return (
      <section className="card" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('prep.sessions.scheduleTitle', { name: groupName })}</h2>
        <div className="empty-state">
          <span className="empty-mark" aria-hidden="true" />
          <div>
            <p className="empty-title">{t('prep.sessions.noPlanTitle')}</p>
            <p className="muted">
              {t('prep.sessions.noPlanBody')}{' '}
              <a href={routeHash({ screen: 'plans' })}>{t('prep.sessions.toPlans')}</a>
            </p>
          </div>
        </div>
      </section>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const found = new Set<Problem>();
    if (date === '') found.add('date');
    if (normalizeClock(time) === null) found.add('time');
    if (planId === '') found.add('plan');
    const at = localMoment(date, time);
    if (found.size === 0 && at === null) found.add('date');
    if (found.size === 0 && at !== null && at < Date.now()) found.add('past');
    setProblems(found);
    if (found.size > 0 || at === null) {
      const first =
        found.has('date') || found.has('past') ? 'date' : found.has('time') ? 'time' : 'plan';
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    const refusal = await onSchedule(planId, at);
    if (refusal) {
      setFailure(refusal);
      return;
    }
    // Ready for the next one: often the same time and plan, on another date.
    setProblems(new Set());
    setDate('');
  };

  const dateProblem = problems.has('past')
    ? t('prep.sessions.problems.past')
    : problems.has('date')
      ? t('prep.sessions.problems.date')
      : null;
  const timeProblem = problems.has('time') ? t('prep.sessions.problems.time') : null;
  const planProblem = problems.has('plan') ? t('prep.sessions.problems.plan') : null;

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('prep.sessions.scheduleTitle', { name: groupName })}</h2>
      <p className="muted">{t('prep.sessions.scheduleIntro')}</p>
      <form className="schedule-form" noValidate onSubmit={(event) => void submit(event)}>
        <Field id={`${id}-date`} label={t('prep.sessions.date')} error={dateProblem}>
          <input
            id={`${id}-date`}
            ref={focusRef('schedule:date')}
            className="input input-date"
            type="date"
            value={date}
            aria-invalid={dateProblem ? true : undefined}
            aria-describedby={describedBy(`${id}-date`, { error: !!dateProblem })}
            onChange={(event) => setDate(event.target.value)}
          />
        </Field>
        <Field id={`${id}-time`} label={t('prep.sessions.time')} error={timeProblem}>
          <input
            id={`${id}-time`}
            className="input input-time"
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={time}
            aria-invalid={timeProblem ? true : undefined}
            aria-describedby={describedBy(`${id}-time`, { error: !!timeProblem })}
            onChange={(event) => setTime(event.target.value)}
          />
        </Field>
        <Field
          id={`${id}-plan`}
          label={t('prep.sessions.plan')}
          error={planProblem}
          className="span-2"
        >
          <select
            id={`${id}-plan`}
            className="select"
            value={planId}
            aria-invalid={planProblem ? true : undefined}
            aria-describedby={describedBy(`${id}-plan`, { error: !!planProblem })}
            onChange={(event) => setPlanId(event.target.value)}
          >
            {plans.length > 0 ? (
              <optgroup label={t('prep.plans.plansTitle')}>
                {plans.map((plan) => (
                  <option key={plan.id} value={plan.id}>
                    {plan.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {templates.length > 0 ? (
              <optgroup label={t('prep.plans.templatesTitle')}>
                {templates.map((plan) => (
                  <option key={plan.id} value={plan.id}>
                    {plan.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        </Field>
        <div className="schedule-submit">
          <Button type="submit" variant="primary" busy={busy}>
            {t('prep.sessions.schedule')}
          </Button>
        </div>
      </form>
      {failure ? (
        <p className="field-error" role="alert">
          {failure}
        </p>
      ) : null}
    </section>
  );
}
