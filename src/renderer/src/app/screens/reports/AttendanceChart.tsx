import { useId, useRef } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { ReportMonth } from '../../../../../shared/reports';
import { monthLabels, niceScale } from './chart-scale';
import { useReportFormat } from './report-format';
import { useWidth } from './use-width';

const TOP = 24;
const BOTTOM = 42;
const LEFT = 44;
const RIGHT = 8;

type AttendanceChartProps = {
  monthly: readonly ReportMonth[];
  caption: string;
  /** In CSS pixels; the print page draws it lower so the report fits one A4 page. */
  height?: number;
};

/**
 * Attendances by month as bars. A month under the rule is never drawn as a
 * height: it is a hatched column across the whole chart, labelled `<5` or
 * « masqué », explained in the legend. The drawing is hidden from screen
 * readers, which read the same figures from the table under it.
 */
export function AttendanceChart({ monthly, caption, height = 230 }: AttendanceChartProps) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 640);
  // useId's characters are not all valid inside url(#…).
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const pattern = { small: `${uid}-small`, hidden: `${uid}-hidden` };

  const plotWidth = Math.max(1, width - LEFT - RIGHT);
  const plotHeight = height - TOP - BOTTOM;
  const baseline = TOP + plotHeight;
  const published = monthly.map((m) =>
    m.attendances.status === 'value' ? m.attendances.value : 0,
  );
  const scale = niceScale(Math.max(0, ...published));
  const y = (value: number) => baseline - (value / scale.max) * plotHeight;
  const slot = plotWidth / Math.max(1, monthly.length);
  const barWidth = Math.min(44, Math.max(2, slot * 0.68));
  const center = (index: number) => LEFT + slot * index + slot / 2;
  const labelValues = slot >= 24;
  const labelHidden = slot >= 48;
  const present = new Set(monthly.map((m) => m.attendances.status));

  return (
    <figure className="report-chart">
      <figcaption className="report-subtitle">{caption}</figcaption>
      <div ref={box} className="report-chart-box">
        <svg
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          aria-hidden="true"
          focusable="false"
          className="report-chart-svg"
        >
          <defs>
            <pattern
              id={pattern.small}
              width="8"
              height="8"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="8" height="8" className="chart-small-ground" />
              <line x1="0" y1="0" x2="0" y2="8" className="chart-small-line" />
            </pattern>
            <pattern id={pattern.hidden} width="8" height="8" patternUnits="userSpaceOnUse">
              <rect width="8" height="8" className="chart-hidden-ground" />
              <path d="M0 0L8 8M8 0L0 8" className="chart-hidden-line" />
            </pattern>
          </defs>
          {scale.ticks.map((tick) => (
            <g key={tick}>
              <line x1={LEFT} x2={width - RIGHT} y1={y(tick)} y2={y(tick)} className="chart-grid" />
              <text x={LEFT - 8} y={y(tick) + 4} textAnchor="end" className="chart-axis">
                {format.integer(tick)}
              </text>
            </g>
          ))}
          {monthly.map((m, index) => {
            const x = center(index) - barWidth / 2;
            const status = m.attendances.status;
            if (status === 'value') {
              const top = y(m.attendances.value);
              return (
                <g key={m.month} data-month={m.month} data-state={status}>
                  <rect
                    x={x}
                    y={top}
                    width={barWidth}
                    height={baseline - top}
                    className="chart-bar"
                  />
                  {labelValues ? (
                    <text x={center(index)} y={top - 6} textAnchor="middle" className="chart-value">
                      {format.integer(m.attendances.value)}
                    </text>
                  ) : null}
                </g>
              );
            }
            const label =
              status === 'small' ? t('reports.values.small') : t('reports.values.hidden');
            return (
              <g key={m.month} data-month={m.month} data-state={status}>
                <rect
                  x={x}
                  y={TOP}
                  width={barWidth}
                  height={plotHeight}
                  fill={`url(#${status === 'small' ? pattern.small : pattern.hidden})`}
                  className="chart-suppressed"
                />
                {labelValues && (status === 'small' || labelHidden) ? (
                  <text
                    x={center(index)}
                    y={TOP - 8}
                    textAnchor="middle"
                    className="chart-value chart-value-muted"
                  >
                    {label}
                  </text>
                ) : null}
              </g>
            );
          })}
          <line
            x1={LEFT}
            x2={width - RIGHT}
            y1={baseline}
            y2={baseline}
            className="chart-baseline"
          />
          {monthLabels(
            monthly.map((m) => m.month),
            slot,
          ).map((label) => {
            const month = monthly[label.index]!.month;
            return (
              <g key={month}>
                {label.month ? (
                  <text
                    x={center(label.index)}
                    y={baseline + 16}
                    textAnchor="middle"
                    className="chart-axis"
                  >
                    {format.monthShort(month)}
                  </text>
                ) : null}
                {label.year ? (
                  <text
                    x={center(label.index)}
                    y={baseline + (label.month ? 32 : 18)}
                    textAnchor="middle"
                    className="chart-axis chart-year"
                  >
                    {month.slice(0, 4)}
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      </div>
      <ul className="chart-legend">
        <li>
          <Swatch className="chart-bar" />
          {t('reports.chart.valueLegend')}
        </li>
        {present.has('small') ? (
          <li>
            <Swatch fill={`url(#${pattern.small})`} />
            {t('reports.chart.smallLegend')}
          </li>
        ) : null}
        {present.has('hidden') ? (
          <li>
            <Swatch fill={`url(#${pattern.hidden})`} />
            {t('reports.chart.hiddenLegend')}
          </li>
        ) : null}
      </ul>
      {/* Wrapped: a table grows to its content whatever its own width, and would widen the page. */}
      <div className="visually-hidden">
        <table>
          <caption>{t('reports.chart.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.chart.month')}</th>
              <th scope="col">{t('reports.chart.sessions')}</th>
              <th scope="col">{t('reports.chart.attendances')}</th>
            </tr>
          </thead>
          <tbody>
            {monthly.map((m) => (
              <tr key={m.month}>
                <th scope="row">{format.month(m.month)}</th>
                <td>{format.integer(m.sessionsHeld)}</td>
                <td>{format.count(m.attendances).text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/** A legend's sample, drawn with the chart's own fill (the patterns live in the chart's <defs>). */
function Swatch({ className, fill }: { className?: string; fill?: string }) {
  return (
    <svg width="18" height="18" aria-hidden="true" focusable="false" className="chart-swatch">
      <rect x="0.5" y="0.5" width="17" height="17" className={className} fill={fill} />
    </svg>
  );
}
