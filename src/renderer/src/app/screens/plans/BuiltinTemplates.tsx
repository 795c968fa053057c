import { useId } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { BuiltinTemplate } from '../../../../../shared/plans/plan';
import { totalMinutes } from '../../../../../shared/plans/schedule';
import { Button } from '../../ui/Button';
import { useTimeFormat } from './time-format';

type BuiltinTemplatesProps = {
  templates: readonly BuiltinTemplate[];
  busy: boolean;
  onUse(template: BuiltinTemplate): void;
};

/** The templates that come with Cercle: read-only, each a starting point for a plan. */
export function BuiltinTemplates({ templates, busy, onUse }: BuiltinTemplatesProps) {
  const { t } = useTranslation();
  const time = useTimeFormat();
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('prep.plans.builtinTitle')}</h2>
      <p className="muted">{t('prep.plans.builtinIntro')}</p>
      <ul className="plan-list">
        {templates.map((template) => (
          <li key={template.key} className="plan-row">
            <div className="plan-line">
              <div className="plan-text">
                <h3 className="plan-name">{template.content.name}</h3>
                <p className="plan-meta">
                  {t('prep.plans.builtinMeta', {
                    count: template.content.blocks.length,
                    total: time.duration(totalMinutes(template.content.blocks)),
                  })}
                </p>
                <p className="plan-kinds">
                  {template.content.blocks.map((block) => block.title).join(' · ')}
                </p>
              </div>
              <div className="plan-actions">
                <Button busy={busy} onClick={() => onUse(template)}>
                  {t('prep.plans.useTemplate')}
                  <span className="visually-hidden">
                    {' '}
                    {t('prep.plans.forPlan', { name: template.content.name })}
                  </span>
                </Button>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
