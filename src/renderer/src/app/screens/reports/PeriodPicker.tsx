import { useId } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { assertUnreachable } from '../../../../../shared/errors';
import { MonthSelect, YearSelect } from './MonthSelect';
import {
  periodKinds,
  quarters,
  type PeriodForm,
  type PeriodProblem,
  type Quarter,
} from './period-form';

type PeriodPickerProps = {
  form: PeriodForm;
  years: readonly number[];
  problem: PeriodProblem | null;
  onChange(form: PeriodForm): void;
};

/** A month, a quarter, a year or several months — always whole months. */
export function PeriodPicker({ form, years, problem, onChange }: PeriodPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const set = (change: Partial<PeriodForm>) => onChange({ ...form, ...change });
  return (
    <fieldset className="choice-group report-period" aria-describedby={`${id}-hint`}>
      <legend className="field-label">{t('reports.period.legend')}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t('reports.period.hint')}
      </p>
      <fieldset className="report-kinds">
        <legend className="visually-hidden">{t('reports.period.kindLegend')}</legend>
        {periodKinds.map((kind) => (
          <div className="check-field report-kind" key={kind}>
            <input
              id={`${id}-${kind}`}
              type="radio"
              name={`${id}-kind`}
              value={kind}
              checked={form.kind === kind}
              onChange={() => set({ kind })}
            />
            <label htmlFor={`${id}-${kind}`}>{t(`reports.period.kinds.${kind}`)}</label>
          </div>
        ))}
      </fieldset>
      <KindFields form={form} years={years} set={set} />
      {problem ? (
        <p className="field-error" role="alert">
          {t(`reports.period.problems.${problem}`)}
        </p>
      ) : null}
    </fieldset>
  );
}

type KindFieldsProps = {
  form: PeriodForm;
  years: readonly number[];
  set(change: Partial<PeriodForm>): void;
};

function KindFields({ form, years, set }: KindFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  switch (form.kind) {
    case 'month':
      return <MonthSelect value={form.month} years={years} onChange={(month) => set({ month })} />;
    case 'quarter':
      return (
        <div className="report-fields">
          <div className="field">
            <label className="field-label" htmlFor={`${id}-quarter`}>
              {t('reports.period.quarter')}
            </label>
            <select
              id={`${id}-quarter`}
              className="select report-select"
              value={form.quarter}
              onChange={(event) => set({ quarter: Number(event.target.value) as Quarter })}
            >
              {quarters.map((q) => (
                <option key={q} value={q}>
                  {t(`reports.period.quarters.q${q}`)}
                </option>
              ))}
            </select>
          </div>
          <YearSelect
            value={form.year}
            years={years}
            labelId={`${id}-year`}
            labelledBy={`${id}-year`}
            onChange={(year) => set({ year })}
          />
        </div>
      );
    case 'year':
      return (
        <div className="report-fields">
          <YearSelect
            value={form.year}
            years={years}
            labelId={`${id}-year`}
            labelledBy={`${id}-year`}
            onChange={(year) => set({ year })}
          />
        </div>
      );
    case 'range':
      return (
        <div className="report-range">
          <MonthSelect
            legend={t('reports.period.fromLegend')}
            value={form.from}
            years={years}
            onChange={(from) => set({ from })}
          />
          <MonthSelect
            legend={t('reports.period.toLegend')}
            value={form.to}
            years={years}
            onChange={(to) => set({ to })}
          />
        </div>
      );
    default:
      return assertUnreachable(form.kind);
  }
}
