import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { RoundState } from '../../../../../shared/rounds';
import type { NameOf } from '../../../rounds/news-text';
import type { RoundsClient } from '../../../rounds/rounds-client';
import { moveItem } from './round-order';

type Focus = { peerId: string; direction: 'up' | 'down' };

/**
 * The talking order: who spoke (and how), who speaks, who waits. The people
 * waiting can be moved by drag and drop, or with "Monter" / "Descendre"
 * buttons for the keyboard; focus stays on the moved person's button.
 */
export function TalkingOrder({
  rounds,
  round,
  nameOf,
  onMoved,
}: {
  rounds: RoundsClient;
  round: RoundState;
  nameOf: NameOf;
  onMoved: (text: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const waiting = round.turns
    .filter((turn) => turn.outcome === 'pending')
    .map((turn) => turn.peerId);
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const focus = useRef<Focus | null>(null);
  const list = useRef<HTMLOListElement>(null);

  // After a keyboard move, the same button of the moved person keeps focus in its new place.
  useEffect(() => {
    const wanted = focus.current;
    if (!wanted || !list.current) return;
    const button = list.current.querySelector<HTMLButtonElement>(
      `[data-peer="${wanted.peerId}"] [data-move="${wanted.direction}"]`,
    );
    const fallback = list.current.querySelector<HTMLButtonElement>(
      `[data-peer="${wanted.peerId}"] [data-move]`,
    );
    (button && !button.getAttribute('aria-disabled') ? button : fallback)?.focus();
    focus.current = null;
  }, [round]);

  const move = async (from: number, to: number, direction?: Focus['direction']) => {
    const peerId = waiting[from];
    if (peerId === undefined || to < 0 || to >= waiting.length || from === to) return;
    if (direction) focus.current = { peerId, direction };
    if (await rounds.reorder(moveItem(waiting, from, to))) {
      onMoved(t('live.order.moved', { name: nameOf(peerId), position: to + 1 }));
    }
  };

  const drop = (event: DragEvent, to: number) => {
    event.preventDefault();
    if (dragging !== null) void move(dragging, to);
    setDragging(null);
    setOver(null);
  };

  return (
    <section className="live-order" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('live.order.title')}</h3>
      {waiting.length > 1 ? <p className="live-hint">{t('live.order.hint')}</p> : null}
      <ol className="live-order-list" ref={list}>
        {round.turns.map((turn) => {
          const index = waiting.indexOf(turn.peerId);
          const name = nameOf(turn.peerId);
          const movable = index !== -1;
          return (
            <li
              key={turn.peerId}
              data-peer={turn.peerId}
              data-outcome={turn.outcome}
              data-over={over === index && movable ? true : undefined}
              className="live-turn"
              draggable={movable}
              onDragStart={(event) => {
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData('text/plain', turn.peerId);
                setDragging(index);
              }}
              onDragOver={(event) => {
                if (!movable || dragging === null) return;
                event.preventDefault();
                setOver(index);
              }}
              onDragLeave={() => setOver(null)}
              onDragEnd={() => {
                setDragging(null);
                setOver(null);
              }}
              onDrop={(event) => movable && drop(event, index)}
            >
              {movable ? (
                <span className="live-turn-grip" aria-hidden="true">
                  ⠿
                </span>
              ) : null}
              <span className="live-turn-name">{name}</span>
              <span className="live-turn-state">{t(`live.order.outcome.${turn.outcome}`)}</span>
              {movable ? (
                <span className="live-turn-actions">
                  <button
                    type="button"
                    className="button button-quiet live-small"
                    data-move="up"
                    aria-disabled={index === 0 || undefined}
                    onClick={() => void move(index, index - 1, 'up')}
                  >
                    {t('live.order.up')}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                  <button
                    type="button"
                    className="button button-quiet live-small"
                    data-move="down"
                    aria-disabled={index === waiting.length - 1 || undefined}
                    onClick={() => void move(index, index + 1, 'down')}
                  >
                    {t('live.order.down')}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                  <button
                    type="button"
                    className="button button-quiet live-small"
                    onClick={() => void rounds.skip(turn.peerId)}
                  >
                    {t('live.order.skip')}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
