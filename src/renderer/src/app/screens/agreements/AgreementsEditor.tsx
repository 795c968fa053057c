import { useId } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { AGREEMENTS_MAX } from '../../../../../shared/agreements';
import { Button } from '../../ui/Button';
import { useFocusRegistry } from '../../use-focus-registry';
import { useDateTimeFormat } from '../sessions/session-format';
import { AgreementItem } from './AgreementItem';
import { ConflictNotice } from './ConflictNotice';
import type { AgreementsData } from './use-agreements';
import { useAgreementsEditor } from './use-agreements-editor';

type AgreementsEditorProps = {
  data: AgreementsData;
  reload(): Promise<AgreementsData>;
};

/** The current agreements as an editable ordered list; Save makes a new version. */
export function AgreementsEditor({ data, reload }: AgreementsEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const focus = useFocusRegistry();
  const editor = useAgreementsEditor(data, reload, focus);
  const formatDateTime = useDateTimeFormat();
  const problemText = (word: string | undefined, field: 'title' | 'text' | 'list') => {
    if (!word) return null;
    const table = t('prep.agreements.problems', { returnObjects: true }) as Record<
      string,
      Record<string, string>
    >;
    return table[field]?.[word] ?? t('errors.VALIDATION');
  };
  const listProblem = problemText(editor.problems.get('list'), 'list');

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <div className="section-head">
        <h2 id={`${id}-title`}>{t('prep.agreements.editorTitle')}</h2>
        <p className="muted">
          {t('prep.agreements.basedOn', {
            version: editor.base.version,
            date: formatDateTime(editor.base.createdAt),
          })}
        </p>
        <p className="field-hint">{t('prep.agreements.editorHint')}</p>
      </div>
      {editor.restored && editor.dirty ? (
        <p className="info-note">{t('prep.agreements.restored')}</p>
      ) : null}
      {editor.conflict ? (
        <ConflictNotice
          latest={editor.conflict}
          busy={editor.busy}
          focusRef={focus.register('conflict')}
          onSaveOver={editor.saveOverConflict}
          onTakeLatest={editor.takeConflict}
        />
      ) : null}
      {listProblem ? <p className="field-error">{listProblem}</p> : null}
      <ol className="agreement-list">
        {editor.items.map((item, index) => (
          <AgreementItem
            key={item.key}
            item={item}
            index={index}
            count={editor.items.length}
            busy={editor.busy}
            problem={(field) =>
              problemText(editor.problems.get(`item:${item.key}:${field}`), field)
            }
            focusRef={focus.register}
            onChange={(patch) => editor.change(item.key, patch)}
            onMove={(delta) => editor.move(item.key, delta)}
            onRemove={() => editor.remove(item.key)}
          />
        ))}
      </ol>
      <div className="field-actions">
        <Button
          ref={focus.register('add')}
          busy={editor.busy || editor.items.length >= AGREEMENTS_MAX}
          onClick={editor.add}
        >
          {t('prep.agreements.add')}
        </Button>
        <Button variant="quiet" busy={editor.busy} onClick={editor.fillDefaults}>
          {t('prep.agreements.defaults')}
        </Button>
      </div>
      <div className="editor-bar" role="region" aria-label={t('prep.agreements.barLabel')}>
        <p className={editor.dirty ? 'save-state is-dirty' : 'save-state'}>
          {editor.dirty
            ? t('prep.agreements.unsaved')
            : t('prep.agreements.allSaved', { version: editor.base.version })}
        </p>
        {editor.saveError ? (
          <p className="field-error" role="alert">
            {t('prep.agreements.saveFailed')} {t(`errors.${editor.saveError.code}`)}
          </p>
        ) : null}
        {editor.dirty ? (
          <Button variant="quiet" busy={editor.busy} onClick={editor.discard}>
            {t('prep.agreements.discard')}
          </Button>
        ) : null}
        <Button
          ref={focus.register('save')}
          variant="primary"
          busy={editor.busy}
          onClick={() => void editor.save()}
        >
          {t('prep.agreements.save')}
        </Button>
      </div>
    </section>
  );
}
