import { useId, type DragEvent, type RefCallback } from 'react';
import { useTranslation } from '../../../../i18n/translation';
import {
  BLOCK_DURATION_MAX_MIN,
  BLOCK_PROMPT_MAX,
  blockKinds,
  isRoundKind,
  type BlockKind,
} from '../../../../../../shared/plans/blocks';
import type { RoundOverrun } from '../../../../../../shared/plans/schedule';
import { Button } from '../../../ui/Button';
import { sameWords } from '../PlanTimetable';
import { useTimeFormat } from '../time-format';
import { describedBy, Field } from './Field';
import type { BlockField, DraftBlock } from './plan-draft';
import { TurnField } from './TurnField';

export type DropSide = 'before' | 'after';

export type BlockDrag = {
  dragging: boolean;
  dropSide: DropSide | null;
  onDragStart(event: DragEvent<HTMLElement>): void;
  onDragEnd(): void;
  onDragOver(event: DragEvent<HTMLLIElement>): void;
  onDrop(event: DragEvent<HTMLLIElement>): void;
};

type BlockCardProps = {
  block: DraftBlock;
  index: number;
  count: number;
  /** Start and end as shown ("18:45"), or null while the plan's start time cannot be read. */
  times: { start: string; end: string } | null;
  overrun: RoundOverrun | null;
  groupSize: number;
  busy: boolean;
  problem(field: BlockField): string | null;
  focusRef(key: string): RefCallback<HTMLElement>;
  drag: BlockDrag;
  onChange(patch: Partial<Omit<DraftBlock, 'id' | 'kind'>>): void;
  onKind(kind: BlockKind): void;
  onMove(delta: -1 | 1): void;
  onDelete(): void;
};

/** One block of the plan: its times, its fields, and how to move or delete it. */
export function BlockCard(props: BlockCardProps) {
  const { block, index, count, times, overrun, groupSize, problem, focusRef, drag } = props;
  const { t } = useTranslation();
  const time = useTimeFormat();
  const id = useId();
  const round = isRoundKind(block.kind);
  const title = block.title.trim() || t('prep.editor.untitled');
  const errors = {
    title: problem('title'),
    prompt: problem('prompt'),
    duration: problem('duration'),
  };
  const overrunId = `${id}-overrun`;
  const which = <span className="visually-hidden"> {t('prep.editor.forBlock', { title })}</span>;
  const classes = ['block-card'];
  if (drag.dragging) classes.push('is-dragging');
  if (drag.dropSide) classes.push(`drop-${drag.dropSide}`);
  if (overrun) classes.push('has-overrun');

  return (
    <li
      className={classes.join(' ')}
      aria-labelledby={`${id}-heading`}
      data-block-id={block.id}
      onDragOver={drag.onDragOver}
      onDrop={drag.onDrop}
    >
      <div className="block-head">
        <span
          className="drag-handle"
          draggable
          title={t('prep.editor.dragHandle')}
          aria-hidden="true"
          onDragStart={drag.onDragStart}
          onDragEnd={drag.onDragEnd}
        />
        <span className="block-position" aria-hidden="true">
          {index + 1}
        </span>
        <div className="block-heading">
          <h3 id={`${id}-heading`} className="block-title">
            <span className="visually-hidden">
              {t('prep.editor.blockPosition', { position: index + 1, count })}{' '}
            </span>
            {title}
          </h3>
          <p className="block-meta">
            {times ? (
              <span className="block-times">
                {t('prep.editor.blockTimes', { start: times.start, end: times.end })}
              </span>
            ) : null}
            {sameWords(block.title, t(`prep.kinds.${block.kind}`)) ? null : (
              <span>{t(`prep.kinds.${block.kind}`)}</span>
            )}
          </p>
        </div>
        <div className="block-actions">
          <Button
            ref={focusRef(`move:${block.id}:up`)}
            variant="quiet"
            busy={props.busy || index === 0}
            onClick={() => index > 0 && props.onMove(-1)}
          >
            <span aria-hidden="true">↑</span>{' '}
            <span className="move-label">{t('prep.editor.moveUp')}</span>
            {which}
          </Button>
          <Button
            ref={focusRef(`move:${block.id}:down`)}
            variant="quiet"
            busy={props.busy || index === count - 1}
            onClick={() => index < count - 1 && props.onMove(1)}
          >
            <span aria-hidden="true">↓</span>{' '}
            <span className="move-label">{t('prep.editor.moveDown')}</span>
            {which}
          </Button>
          <Button
            ref={focusRef(`delete:${block.id}`)}
            variant="quiet"
            busy={props.busy}
            onClick={props.onDelete}
          >
            {t('prep.editor.deleteBlock')}
            {which}
          </Button>
        </div>
      </div>

      <div className="block-fields">
        <Field id={`${id}-kind`} label={t('prep.editor.kind')}>
          <select
            id={`${id}-kind`}
            className="select"
            value={block.kind}
            onChange={(event) => props.onKind(event.target.value as BlockKind)}
          >
            {blockKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`prep.kinds.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id={`${id}-title`}
          label={t('prep.editor.blockTitle')}
          error={errors.title}
          className="grow"
        >
          <input
            id={`${id}-title`}
            ref={focusRef(`block:${block.id}:title`)}
            className="input"
            type="text"
            autoComplete="off"
            value={block.title}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={describedBy(`${id}-title`, { error: !!errors.title })}
            onChange={(event) => props.onChange({ title: event.target.value })}
          />
        </Field>
        <Field id={`${id}-duration`} label={t('prep.editor.duration')} error={errors.duration}>
          <input
            id={`${id}-duration`}
            ref={focusRef(`block:${block.id}:duration`)}
            className="input input-number"
            type="number"
            inputMode="numeric"
            min={0}
            max={BLOCK_DURATION_MAX_MIN}
            value={block.duration}
            aria-invalid={errors.duration ? true : undefined}
            aria-describedby={describedBy(`${id}-duration`, {
              error: !!errors.duration,
              more: overrun ? overrunId : undefined,
            })}
            onChange={(event) => props.onChange({ duration: event.target.value })}
          />
        </Field>
      </div>

      <Field
        id={`${id}-prompt`}
        label={t(round ? 'prep.editor.promptRound' : 'prep.editor.prompt')}
        error={errors.prompt}
      >
        <textarea
          id={`${id}-prompt`}
          ref={focusRef(`block:${block.id}:prompt`)}
          className="input textarea"
          rows={round ? 2 : 1}
          maxLength={BLOCK_PROMPT_MAX + 100}
          value={block.prompt}
          aria-invalid={errors.prompt ? true : undefined}
          aria-describedby={describedBy(`${id}-prompt`, { error: !!errors.prompt })}
          onChange={(event) => props.onChange({ prompt: event.target.value })}
        />
      </Field>

      {round ? (
        <TurnField
          block={block}
          error={problem('turn')}
          focusRef={focusRef(`block:${block.id}:turn`)}
          onChange={props.onChange}
        />
      ) : null}

      {overrun ? (
        <p id={overrunId} className="overrun-warning">
          {t('prep.editor.overrun', {
            size: groupSize,
            turn: time.turn(overrun.neededSec / groupSize),
            needed: time.turn(overrun.neededSec),
            available: time.duration(overrun.availableSec / 60),
          })}
        </p>
      ) : null}
    </li>
  );
}
