import { useTranslation } from '../../../i18n/translation';
import { isRoundKind } from '../../../../../shared/plans/blocks';
import type { PlanContent } from '../../../../../shared/plans/plan';
import { computeSchedule } from '../../../../../shared/plans/schedule';
import { useTimeFormat } from './time-format';
import '../../../styles/timetable.css';

/** "Pause" titled "Pause": the kind would only repeat the title. */
export const sameWords = (a: string, b: string): boolean =>
  a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'base' }) === 0;

type PlanTimetableProps = {
  plan: PlanContent;
  /** "HH:MM" the times count from; the plan's own start time unless a session says otherwise. */
  startTime?: string;
  caption: string;
};

/** A plan read-only, as a table of blocks with their computed times: on paper and in a session. */
export function PlanTimetable({ plan, startTime, caption }: PlanTimetableProps) {
  const { t } = useTranslation();
  const time = useTimeFormat();
  const schedule = computeSchedule(
    plan.blocks,
    startTime ?? plan.startTime,
    plan.expectedGroupSize,
  );
  const labels = {
    time: t('prep.timetable.time'),
    duration: t('prep.timetable.duration'),
    block: t('prep.timetable.block'),
    prompt: t('prep.timetable.prompt'),
    turn: t('prep.timetable.turn'),
  };
  if (plan.blocks.length === 0) return <p className="muted">{t('prep.timetable.empty')}</p>;
  return (
    <table className="timetable">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labels.time}</th>
          <th scope="col">{labels.duration}</th>
          <th scope="col">{labels.block}</th>
          <th scope="col">{labels.prompt}</th>
          <th scope="col">{labels.turn}</th>
        </tr>
      </thead>
      <tbody>
        {plan.blocks.map((block, index) => {
          const at = schedule.blocks[index];
          const overrun = schedule.overruns.some((o) => o.blockId === block.id);
          return (
            <tr key={block.id} className={overrun ? 'has-overrun' : undefined}>
              <td data-label={labels.time} className="tt-time">
                {at
                  ? t('prep.editor.blockTimes', {
                      start: time.clock(at.startMin),
                      end: time.clock(at.endMin),
                    })
                  : null}
              </td>
              <td data-label={labels.duration} className="tt-duration">
                {time.duration(block.durationMin)}
              </td>
              <th scope="row" data-label={labels.block} className="tt-block">
                {sameWords(block.title, t(`prep.kinds.${block.kind}`)) ? null : (
                  <span className="tt-kind">{t(`prep.kinds.${block.kind}`)}</span>
                )}
                <span className="tt-title">{block.title}</span>
              </th>
              <td data-label={labels.prompt} className="tt-prompt">
                {block.prompt || <span className="muted">—</span>}
              </td>
              <td data-label={labels.turn} className="tt-turn">
                {isRoundKind(block.kind) && block.turnSec !== null ? (
                  <>
                    <span className="tt-turn-time">{time.turn(block.turnSec)}</span>
                    <span className="tt-pass">
                      {t(
                        block.passAllowed
                          ? 'prep.timetable.passAllowed'
                          : 'prep.timetable.passNotAllowed',
                      )}
                    </span>
                    {overrun ? (
                      <span className="tt-overrun">
                        {t('prep.timetable.overrun', { size: plan.expectedGroupSize })}
                      </span>
                    ) : null}
                  </>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            {t('prep.timetable.total')}
          </th>
          <td colSpan={3}>
            {t('prep.timetable.totalValue', {
              total: time.duration(schedule.totalMin),
              start: time.clock(schedule.startMin),
              end: time.clock(schedule.endMin),
            })}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
