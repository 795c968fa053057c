import { useId } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { SessionSummary } from '../../../../../shared/live';
import type { Block } from '../../../../../shared/plans/blocks';
import { formatClock } from '../../../rounds/countdown-view';
import { routeHash } from '../../router';

const minutes = (ms: number) => Math.round(ms / 60_000);

/** The end of the session, for the facilitator only: who came, for how long, who spoke. */
export function SessionSummaryView({
  summary,
  blocks,
  groupId,
}: {
  summary: SessionSummary;
  blocks: readonly Block[];
  groupId: string | null;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' });
  const length = (ms: number) =>
    ms < 60_000 ? t('live.summary.underMinute') : t('live.summary.minutes', { n: minutes(ms) });
  const titleOf = (blockId: string | null) =>
    blocks.find((block) => block.id === blockId)?.title ?? null;
  const duration =
    summary.startedAt !== null && summary.endedAt !== null
      ? summary.endedAt - summary.startedAt
      : null;
  return (
    <section className="card live-summary" aria-labelledby={`${id}-title`} data-testid="summary">
      <h2 id={`${id}-title`}>{t('live.summary.title')}</h2>
      <p>
        {duration !== null ? t('live.summary.duration', { length: length(duration) }) : null}{' '}
        {t('live.summary.people', { count: summary.totals.participants })}
        {summary.totals.team > 0
          ? ` ${t('live.summary.team', { count: summary.totals.team })}`
          : null}
      </p>
      <p className="live-hint">{t('live.summary.private')}</p>
      <div className="live-table-wrap">
        <table className="live-table">
          <caption className="visually-hidden">{t('live.summary.peopleCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('live.summary.cols.name')}</th>
              <th scope="col">{t('live.summary.cols.present')}</th>
              <th scope="col">{t('live.summary.cols.speaking')}</th>
              <th scope="col">{t('live.summary.cols.spoke')}</th>
              <th scope="col">{t('live.summary.cols.passed')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.people.map((person) => (
              <tr key={person.participantId}>
                <th scope="row">
                  {person.label ?? t('live.summary.noName')}
                  {person.role === 'cofacilitator' ? ` (${t('call.roles.cofacilitator')})` : ''}
                  {person.returning ? (
                    <span className="live-badge">{t('live.summary.returning')}</span>
                  ) : null}
                </th>
                <td>{length(person.presentMs)}</td>
                <td>{formatClock(person.speakingMs)}</td>
                {person.counted ? (
                  <>
                    <td>{person.spoke}</td>
                    <td>{person.passed}</td>
                  </>
                ) : (
                  <td colSpan={2}>{t('live.summary.notCounted')}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {summary.rounds.length > 0 ? (
        <>
          <h3>{t('live.summary.roundsTitle')}</h3>
          <ul className="live-summary-rounds">
            {summary.rounds.map((round) => (
              <li key={round.id}>
                <strong>{titleOf(round.blockId) ?? t(`live.summary.kind.${round.kind}`)}</strong>
                {' — '}
                {time.format(round.startedAt)}
                {round.endedAt !== null ? ` · ${length(round.endedAt - round.startedAt)}` : ''}
                {round.kind === 'round'
                  ? ` · ${t('live.summary.turns', { spoke: round.spoke, passed: round.passed })}`
                  : ''}
                {round.kind === 'openFloor'
                  ? ` · ${t('live.summary.floors', { count: round.floors })}`
                  : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <a className="button" href={routeHash({ screen: 'sessions', groupId })}>
          {t('live.summary.back')}
        </a>
      </p>
    </section>
  );
}
