import { useId, type RefCallback } from 'react';
import { useTranslation } from '../../../../i18n/translation';
import { isRoundKind } from '../../../../../../shared/plans/blocks';
import { GROUP_SIZE_MAX } from '../../../../../../shared/plans/plan';
import type { Schedule } from '../../../../../../shared/plans/schedule';
import { useTimeFormat } from '../time-format';
import { describedBy, Field } from './Field';
import type { FieldKey, PlanDraft } from './plan-draft';

type PlanFieldsProps = {
  draft: PlanDraft;
  schedule: Schedule;
  /** False while the start time cannot be read: times show as a dash, lengths still add up. */
  timesKnown: boolean;
  /** The expected group size as read (0 when it cannot be read). */
  groupSize: number;
  problem(key: FieldKey): string | null;
  focusRef(key: FieldKey): RefCallback<HTMLElement>;
  onChange(field: 'name' | 'groupSize' | 'startTime', value: string): void;
};

/** The plan's own fields and what they add up to: start, end, total, rounds that cannot fit. */
export function PlanFields(props: PlanFieldsProps) {
  const { draft, schedule, timesKnown, groupSize, problem, focusRef, onChange } = props;
  const { t } = useTranslation();
  const time = useTimeFormat();
  const id = useId();
  const nameError = problem('name');
  const sizeError = problem('groupSize');
  const startError = problem('startTime');
  const overruns = schedule.overruns.length;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('prep.editor.planTitle')}</h2>
      <div className="plan-fields">
        <Field id={`${id}-name`} label={t('prep.editor.name')} error={nameError} className="span-2">
          <input
            id={`${id}-name`}
            ref={focusRef('name')}
            className="input"
            type="text"
            autoComplete="off"
            value={draft.name}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={describedBy(`${id}-name`, { error: !!nameError })}
            onChange={(event) => onChange('name', event.target.value)}
          />
        </Field>
        <Field
          id={`${id}-size`}
          label={t('prep.editor.groupSize')}
          hint={t('prep.editor.groupSizeHint', { max: GROUP_SIZE_MAX })}
          error={sizeError}
        >
          <input
            id={`${id}-size`}
            ref={focusRef('groupSize')}
            className="input input-number"
            type="number"
            inputMode="numeric"
            min={1}
            max={GROUP_SIZE_MAX}
            value={draft.groupSize}
            aria-invalid={sizeError ? true : undefined}
            aria-describedby={describedBy(`${id}-size`, { error: !!sizeError, hint: true })}
            onChange={(event) => onChange('groupSize', event.target.value)}
          />
        </Field>
        <Field
          id={`${id}-start`}
          label={t('prep.editor.startTime')}
          hint={t('prep.editor.startTimeHint')}
          error={startError}
        >
          <input
            id={`${id}-start`}
            ref={focusRef('startTime')}
            className="input input-time"
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={draft.startTime}
            aria-invalid={startError ? true : undefined}
            aria-describedby={describedBy(`${id}-start`, { error: !!startError, hint: true })}
            onChange={(event) => onChange('startTime', event.target.value)}
          />
        </Field>
      </div>
      <dl className="plan-summary">
        <div>
          <dt>{t('prep.editor.summaryStart')}</dt>
          <dd>{timesKnown ? time.clock(schedule.startMin) : '—'}</dd>
        </div>
        <div>
          <dt>{t('prep.editor.summaryEnd')}</dt>
          <dd>{timesKnown ? time.clock(schedule.endMin) : '—'}</dd>
        </div>
        <div>
          <dt>{t('prep.editor.summaryTotal')}</dt>
          <dd data-testid="plan-total">{time.duration(schedule.totalMin)}</dd>
        </div>
        <div>
          <dt>{t('prep.editor.summaryBlocks')}</dt>
          <dd>{draft.blocks.length}</dd>
        </div>
      </dl>
      {/* Polite: changing the group size says at once whether the rounds still fit. */}
      <p
        className={overruns > 0 ? 'overrun-summary is-warning' : 'overrun-summary'}
        aria-live="polite"
      >
        {overruns > 0
          ? t('prep.editor.overrunSummary', { count: overruns, size: groupSize })
          : groupSize > 0 && draft.blocks.some((block) => isRoundKind(block.kind))
            ? t('prep.editor.noOverrun', { size: groupSize })
            : ''}
      </p>
    </section>
  );
}
