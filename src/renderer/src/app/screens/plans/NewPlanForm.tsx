import { useId, useState, type FormEvent, type RefCallback } from 'react';
import { useTranslation } from '../../../i18n/translation';
import {
  planNameSchema,
  type BuiltinTemplate,
  type PlanSummary,
} from '../../../../../shared/plans/plan';
import type { ApiError } from '../../api';
import { Button } from '../../ui/Button';
import { describedBy } from './editor/Field';
import type { PlanSource } from './use-plan-list-actions';

type NewPlanFormProps = {
  builtins: readonly BuiltinTemplate[];
  templates: readonly PlanSummary[];
  busy: boolean;
  nameRef: RefCallback<HTMLElement>;
  onCreate(name: string, source: PlanSource): Promise<ApiError | null>;
};

function sourceOf(value: string): PlanSource {
  if (value.startsWith('builtin:')) return { builtin: value.slice('builtin:'.length) };
  if (value.startsWith('plan:')) return { planId: value.slice('plan:'.length) };
  return { empty: true };
}

/** A new plan: a name and where it starts from (a template, or nothing). */
export function NewPlanForm({ builtins, templates, busy, nameRef, onCreate }: NewPlanFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [source, setSource] = useState(() =>
    builtins[0] ? `builtin:${builtins[0].key}` : 'empty',
  );
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const parsed = planNameSchema.safeParse(name);
    if (!parsed.success) {
      const word = parsed.error.issues[0]?.message;
      setProblem(t(word === 'too_long' ? 'prep.plans.nameTooLong' : 'prep.plans.nameEmpty'));
      document.getElementById(`${id}-name`)?.focus();
      return;
    }
    const error = await onCreate(parsed.data, sourceOf(source));
    if (error) setProblem(t(`errors.${error.code}`));
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('prep.plans.createTitle')}</h2>
      <form className="new-plan" noValidate onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-name`}>
            {t('prep.plans.nameLabel')}
          </label>
          <input
            id={`${id}-name`}
            ref={nameRef}
            className="input"
            type="text"
            autoComplete="off"
            value={name}
            aria-invalid={problem ? true : undefined}
            aria-describedby={describedBy(`${id}-name`, { error: !!problem, hint: true })}
            onChange={(event) => {
              setName(event.target.value);
              setProblem(null);
            }}
          />
          {problem ? (
            <p id={`${id}-name-error`} className="field-error">
              {problem}
            </p>
          ) : null}
          <p id={`${id}-name-hint`} className="field-hint">
            {t('prep.plans.nameHint')}
          </p>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-source`}>
            {t('prep.plans.sourceLabel')}
          </label>
          <select
            id={`${id}-source`}
            className="select"
            value={source}
            onChange={(event) => setSource(event.target.value)}
          >
            <optgroup label={t('prep.plans.builtinGroup')}>
              {builtins.map((template) => (
                <option key={template.key} value={`builtin:${template.key}`}>
                  {template.content.name}
                </option>
              ))}
            </optgroup>
            {templates.length > 0 ? (
              <optgroup label={t('prep.plans.templatesGroup')}>
                {templates.map((template) => (
                  <option key={template.id} value={`plan:${template.id}`}>
                    {template.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
            <option value="empty">{t('prep.plans.emptySource')}</option>
          </select>
        </div>
        <div className="new-plan-submit">
          <Button type="submit" variant="primary" busy={busy}>
            {t('prep.plans.create')}
          </Button>
        </div>
      </form>
    </section>
  );
}
