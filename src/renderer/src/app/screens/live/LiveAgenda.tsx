import { useId } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { formatClock } from '../../../rounds/countdown-view';
import { useSnapshot } from '../../../state/use-snapshot';
import { Button } from '../../ui/Button';
import { agendaRows, blockAction, plannedClock } from './agenda';
import type { FacilitatorLive } from './facilitator-live';
import { useNow } from './use-live';

/** The frozen plan as the session's agenda: the current block, planned and actual time, one-click starts. */
export function LiveAgenda({ live }: { live: FacilitatorLive }) {
  const { t } = useTranslation();
  const id = useId();
  const snapshot = useSnapshot(live);
  const now = useNow(1_000);
  // Starting the block under way again would end its round for everyone: no button for that.
  const running = useSnapshot(live.rounds).state?.activity != null;
  const blocks = snapshot.session?.plan.blocks ?? [];
  const rows = agendaRows(blocks, snapshot.timings, snapshot.currentBlockId, now);
  return (
    <section className="card live-agenda" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('live.agenda.title')}</h2>
      {snapshot.session === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="muted">{t('live.agenda.empty')}</p>
      ) : (
        <ol className="live-agenda-list">
          {rows.map((row) => {
            const action = blockAction(row.block);
            const startLabel = action
              ? t(`live.agenda.start.${action.kind}`)
              : t('live.agenda.start.none');
            return (
              <li
                key={row.block.id}
                className="live-block"
                data-status={row.status}
                aria-current={row.status === 'current' ? 'step' : undefined}
              >
                <div className="live-block-main">
                  <p className="live-block-title">
                    {row.block.title}
                    {row.status === 'current' ? (
                      <span className="live-badge">{t('live.agenda.current')}</span>
                    ) : null}
                    {row.status === 'done' ? (
                      <span className="live-badge live-badge-done">{t('live.agenda.done')}</span>
                    ) : null}
                  </p>
                  <p className="live-block-times">
                    <span>
                      {t('live.agenda.planned', {
                        at: plannedClock(
                          snapshot.session?.plan.startTime ?? '00:00',
                          row.plannedStartMin,
                        ),
                        minutes: row.block.durationMin,
                      })}
                    </span>
                    {row.actualMs !== null ? (
                      <span className={row.overMs > 0 ? 'live-over' : undefined}>
                        {' · '}
                        {t('live.agenda.actual', { clock: formatClock(row.actualMs) })}
                        {row.overMs > 0
                          ? ` ${t('live.agenda.over', { clock: formatClock(row.overMs) })}`
                          : ''}
                      </span>
                    ) : null}
                    {action?.kind === 'round' ? (
                      <span>
                        {' · '}
                        {t('live.agenda.perPerson', { clock: formatClock(action.turnMs) })}
                        {action.passAllowed ? '' : ` · ${t('live.agenda.noPass')}`}
                      </span>
                    ) : null}
                  </p>
                </div>
                {row.status === 'current' && running ? null : (
                  <Button
                    variant={row.status === 'upcoming' ? 'primary' : 'secondary'}
                    className="live-small"
                    onClick={() => void live.startBlock(row.block.id)}
                  >
                    {startLabel}
                    <span className="visually-hidden"> — {row.block.title}</span>
                  </Button>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
