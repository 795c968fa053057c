import { useId } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { OpenFloorState } from '../../../../../shared/rounds';
import type { NameOf } from '../../../rounds/news-text';
import type { RoundsClient } from '../../../rounds/rounds-client';

/** Raised hands, first raised first served; give the floor to anyone, or lower a hand. */
export function HandQueue({
  rounds,
  floor,
  nameOf,
}: {
  rounds: RoundsClient;
  floor: OpenFloorState;
  nameOf: NameOf;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="live-queue" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('live.queue.title', { n: floor.queue.length })}</h3>
      {floor.queue.length === 0 ? (
        <p className="live-hint">{t('live.queue.empty')}</p>
      ) : (
        <ol className="live-order-list">
          {floor.queue.map((entry) => {
            const name = nameOf(entry.peerId);
            return (
              <li key={entry.peerId} className="live-turn" data-peer={entry.peerId}>
                <span className="live-turn-name">{name}</span>
                <span className="live-turn-actions">
                  <button
                    type="button"
                    className="button live-small"
                    onClick={() => void rounds.giveFloor(entry.peerId)}
                  >
                    {t('live.queue.give')}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                  <button
                    type="button"
                    className="button button-quiet live-small"
                    onClick={() => void rounds.lowerHand(entry.peerId)}
                  >
                    {t('live.queue.lower')}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
