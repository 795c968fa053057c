import { useId } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { NOTE_MAX } from '../../../../../shared/live';
import type { FacilitatorLive } from './facilitator-live';
import type { NoteStatus } from './notes-autosaver';
import { useSnapshot } from '../../../state/use-snapshot';

/** Private notes, for the session and for the block under way; saved as you type, never sent. */
export function NotesPanel({ live }: { live: FacilitatorLive }) {
  const { t } = useTranslation();
  const id = useId();
  const { session, currentBlockId } = useSnapshot(live);
  const block = session?.plan.blocks.find((b) => b.id === currentBlockId) ?? null;
  return (
    <section className="card live-notes" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('live.notes.title')}</h2>
      <p className="live-hint">{t('live.notes.private')}</p>
      <NoteField live={live} blockId="" label={t('live.notes.session')} />
      {block ? (
        <NoteField
          key={block.id}
          live={live}
          blockId={block.id}
          label={t('live.notes.block', { title: block.title })}
        />
      ) : null}
    </section>
  );
}

function NoteField({
  live,
  blockId,
  label,
}: {
  live: FacilitatorLive;
  blockId: string;
  label: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const notes = useSnapshot(live.notes);
  const status: NoteStatus = notes.status[blockId] ?? 'idle';
  return (
    <div className="field live-note">
      <div className="live-note-head">
        <label className="field-label" htmlFor={id}>
          {label}
        </label>
        <span className="live-note-status" data-status={status} id={`${id}-status`}>
          {status === 'idle' ? '' : t(`live.notes.status.${status}`)}
        </span>
      </div>
      <textarea
        id={id}
        className="input live-note-text"
        rows={4}
        maxLength={NOTE_MAX}
        value={notes.texts[blockId] ?? ''}
        aria-describedby={`${id}-status`}
        onChange={(event) => live.notes.change(blockId, event.target.value)}
        onBlur={() => void live.notes.flush()}
      />
    </div>
  );
}
