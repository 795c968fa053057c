import { useId } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { YearMonth } from '../../../../../shared/reports';
import { monthIndexOf, yearOf } from './period-form';
import { useReportFormat } from './report-format';

const pad = (n: number) => String(n).padStart(2, '0');
const monthsOfYear = Array.from({ length: 12 }, (_, i) => i + 1);

/** The years to offer, with `value` among them even when it lies outside the usual span. */
const withYear = (years: readonly number[], value: number) =>
  years.includes(value) ? years : [...years, value].sort((a, b) => b - a);

type YearSelectProps = {
  value: number;
  years: readonly number[];
  /** Ids of the elements that name this field (a legend, then the field's own label). */
  labelledBy: string;
  labelId: string;
  onChange(year: number): void;
};

export function YearSelect({ value, years, labelledBy, labelId, onChange }: YearSelectProps) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label id={labelId} htmlFor={`${labelId}-field`} className="field-label">
        {t('reports.period.year')}
      </label>
      <select
        id={`${labelId}-field`}
        className="select report-select"
        aria-labelledby={labelledBy}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {withYear(years, value).map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </div>
  );
}

type MonthSelectProps = {
  /** The name of the pair (« Premier mois »), said before each field's own label; none for a lone month. */
  legend?: string;
  value: YearMonth;
  years: readonly number[];
  onChange(month: YearMonth): void;
};

/** A month as two lists, month then year, in the interface's language (a month input would use the system's). */
export function MonthSelect({ legend, value, years, onChange }: MonthSelectProps) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const id = useId();
  const month = monthIndexOf(value);
  const year = yearOf(value);
  const named = (labelId: string) => (legend ? `${id}-legend ${labelId}` : labelId);
  const fields = (
    <div className="report-fields">
      <div className="field">
        <label id={`${id}-month`} htmlFor={`${id}-month-field`} className="field-label">
          {t('reports.period.month')}
        </label>
        <select
          id={`${id}-month-field`}
          className="select report-select"
          aria-labelledby={named(`${id}-month`)}
          value={month}
          onChange={(event) => onChange(`${year}-${pad(Number(event.target.value))}`)}
        >
          {monthsOfYear.map((m) => (
            <option key={m} value={m}>
              {format.monthName(`${year}-${pad(m)}`)}
            </option>
          ))}
        </select>
      </div>
      <YearSelect
        value={year}
        years={years}
        labelId={`${id}-year`}
        labelledBy={named(`${id}-year`)}
        onChange={(next) => onChange(`${next}-${pad(month)}`)}
      />
    </div>
  );
  if (!legend) return fields;
  return (
    <fieldset className="report-month-pair">
      <legend id={`${id}-legend`} className="report-subtitle">
        {legend}
      </legend>
      {fields}
    </fieldset>
  );
}
