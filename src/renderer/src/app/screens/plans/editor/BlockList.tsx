import { useId, useState, type DragEvent, type RefCallback } from 'react';
import { useTranslation } from '../../../../i18n/translation';
import { BLOCKS_MAX, blockKinds, type BlockKind } from '../../../../../../shared/plans/blocks';
import type { Schedule } from '../../../../../../shared/plans/schedule';
import { Button } from '../../../ui/Button';
import { useTimeFormat } from '../time-format';
import { BlockCard, type DropSide } from './BlockCard';
import type { BlockField, DraftBlock, FieldKey } from './plan-draft';
import { blockFieldKey } from './plan-draft';

type BlockListProps = {
  blocks: readonly DraftBlock[];
  schedule: Schedule;
  timesKnown: boolean;
  groupSize: number;
  busy: boolean;
  deleted: DraftBlock | null;
  problem(key: FieldKey): string | null;
  focusRef(key: string): RefCallback<HTMLElement>;
  onChange(id: string, patch: Partial<Omit<DraftBlock, 'id' | 'kind'>>): void;
  onKind(id: string, kind: BlockKind): void;
  /** Moves a block to a new index; `via` says which control did it, for focus. */
  onMove(id: string, to: number, via: 'up' | 'down' | 'drag'): void;
  onDelete(id: string): void;
  onUndo(): void;
  onAdd(kind: BlockKind): void;
};

type Drop = { id: string; side: DropSide };

/** The plan's blocks in order, reordered by drag and drop or by Monter / Descendre. */
export function BlockList(props: BlockListProps) {
  const { blocks, schedule, timesKnown, groupSize, deleted, problem, focusRef } = props;
  const { t } = useTranslation();
  const time = useTimeFormat();
  const id = useId();
  const [dragging, setDragging] = useState<string | null>(null);
  const [drop, setDrop] = useState<Drop | null>(null);
  const [newKind, setNewKind] = useState<BlockKind>('round');
  const full = blocks.length >= BLOCKS_MAX;

  const dropAt = (target: Drop) => {
    const from = blocks.findIndex((b) => b.id === dragging);
    const over = blocks.findIndex((b) => b.id === target.id);
    if (from < 0 || over < 0 || !dragging) return;
    let to = over + (target.side === 'after' ? 1 : 0);
    if (from < to) to -= 1;
    if (to !== from) props.onMove(dragging, to, 'drag');
  };

  const dragFor = (block: DraftBlock) => ({
    dragging: dragging === block.id,
    dropSide: drop?.id === block.id && dragging !== block.id ? drop.side : null,
    onDragStart(event: DragEvent<HTMLElement>) {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', block.id);
      const card = event.currentTarget.closest('li');
      if (card) event.dataTransfer.setDragImage(card, 24, 24);
      setDragging(block.id);
    },
    onDragEnd() {
      setDragging(null);
      setDrop(null);
    },
    onDragOver(event: DragEvent<HTMLLIElement>) {
      if (!dragging) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      const box = event.currentTarget.getBoundingClientRect();
      const side: DropSide = event.clientY < box.top + box.height / 2 ? 'before' : 'after';
      if (drop?.id !== block.id || drop.side !== side) setDrop({ id: block.id, side });
    },
    onDrop(event: DragEvent<HTMLLIElement>) {
      event.preventDefault();
      if (drop) dropAt(drop);
      setDragging(null);
      setDrop(null);
    },
  });

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <div className="section-head">
        <h2 id={`${id}-title`}>
          {t('prep.editor.blocksTitle')}
          <span className="count"> ({blocks.length})</span>
        </h2>
        <p className="field-hint">{t('prep.editor.blocksHint')}</p>
      </div>
      {problem('blocks') ? <p className="field-error">{problem('blocks')}</p> : null}
      {deleted ? (
        <div className="undo-bar">
          <p>
            {t('prep.editor.deleted', { title: deleted.title.trim() || t('prep.editor.untitled') })}
          </p>
          <Button ref={focusRef('undo')} busy={props.busy} onClick={props.onUndo}>
            {t('prep.editor.undo')}
            <span className="visually-hidden"> {t('prep.editor.undoDetail')}</span>
          </Button>
        </div>
      ) : null}
      {blocks.length === 0 ? (
        <div className="empty-state">
          <span className="empty-mark" aria-hidden="true" />
          <div>
            <p className="empty-title">{t('prep.editor.emptyTitle')}</p>
            <p className="muted">{t('prep.editor.emptyBody')}</p>
          </div>
        </div>
      ) : (
        <ol className="block-list">
          {blocks.map((block, index) => {
            const at = schedule.blocks[index];
            return (
              <BlockCard
                key={block.id}
                block={block}
                index={index}
                count={blocks.length}
                times={
                  timesKnown && at
                    ? { start: time.clock(at.startMin), end: time.clock(at.endMin) }
                    : null
                }
                overrun={schedule.overruns.find((o) => o.blockId === block.id) ?? null}
                groupSize={groupSize}
                busy={props.busy}
                problem={(field: BlockField) => problem(blockFieldKey(block.id, field))}
                focusRef={focusRef}
                drag={dragFor(block)}
                onChange={(patch) => props.onChange(block.id, patch)}
                onKind={(kind) => props.onKind(block.id, kind)}
                onMove={(delta) => props.onMove(block.id, index + delta, delta < 0 ? 'up' : 'down')}
                onDelete={() => props.onDelete(block.id)}
              />
            );
          })}
        </ol>
      )}
      <div className="add-block">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-kind`}>
            {t('prep.editor.newKind')}
          </label>
          <div className="field-row">
            <select
              id={`${id}-kind`}
              ref={focusRef('add:kind')}
              className="select"
              value={newKind}
              onChange={(event) => setNewKind(event.target.value as BlockKind)}
            >
              {blockKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`prep.kinds.${kind}`)}
                </option>
              ))}
            </select>
            <Button busy={props.busy || full} onClick={() => !full && props.onAdd(newKind)}>
              {t('prep.editor.addBlock')}
            </Button>
          </div>
          {full ? <p className="field-hint">{t('prep.editor.full', { max: BLOCKS_MAX })}</p> : null}
        </div>
      </div>
    </section>
  );
}
