import { useEffect, useId, useRef, type ChangeEvent } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { Button } from '../../ui/Button';
import { SavedFile } from '../../ui/SavedFile';
import type { FileResult } from './use-plan-list-actions';

type PlanFilesProps = {
  busy: boolean;
  canExportAll: boolean;
  result: FileResult | null;
  onImport(file: File): void;
  onExportAll(): void;
};

/** Sharing plans with other facilitators: import a file, export everything, and what came of it. */
export function PlanFiles({ busy, canExportAll, result, onImport, onExportAll }: PlanFilesProps) {
  const { t } = useTranslation();
  const id = useId();
  const outcome = useRef<HTMLDivElement>(null);

  // The result shows under the file field: bring it into view, wherever the page was scrolled.
  useEffect(() => {
    if (result) outcome.current?.scrollIntoView({ block: 'nearest' });
  }, [result]);

  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared at once, so choosing the same file again (after fixing it) works.
    event.target.value = '';
    if (file) onImport(file);
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('prep.plans.filesTitle')}</h2>
      <p className="muted">{t('prep.plans.filesIntro')}</p>
      <div className="files-row">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-file`}>
            {t('prep.plans.importLabel')}
          </label>
          <p id={`${id}-file-hint`} className="field-hint">
            {t('prep.plans.importHint')}
          </p>
          {/* The system's own file button speaks the system's language; this one speaks Cercle's. */}
          <input
            id={`${id}-file`}
            className="file-input"
            type="file"
            accept=".json,application/json"
            aria-describedby={`${id}-file-hint`}
            onChange={chosen}
          />
          <label htmlFor={`${id}-file`} className="button file-button" aria-hidden="true">
            {t('prep.plans.chooseFile')}
          </label>
        </div>
        {canExportAll ? (
          <div className="files-export">
            <Button busy={busy} onClick={onExportAll}>
              {t('prep.plans.exportAll')}
            </Button>
          </div>
        ) : null}
      </div>
      <div ref={outcome}>
        <FileOutcome result={result} />
      </div>
    </section>
  );
}

function FileOutcome({ result }: { result: FileResult | null }) {
  const { t } = useTranslation();
  if (!result) return null;
  switch (result.kind) {
    case 'exported':
      return (
        <SavedFile label={t('prep.plans.exportedTo')} path={result.path} testId="export-path" />
      );
    case 'imported':
      return (
        <div className="saved-file">
          <p>{t('prep.plans.importedList', { count: result.names.length })}</p>
          <ul className="coming-list">
            {result.names.map((name, index) => (
              <li key={`${index}-${name}`}>{name}</li>
            ))}
          </ul>
        </div>
      );
    case 'refused':
      return (
        <div className="alert" role="alert" aria-labelledby="import-refused-title">
          <p id="import-refused-title" className="alert-title">
            {t('prep.plans.refusedTitle', { file: result.fileName })}
          </p>
          <p>{t('prep.plans.refusedBody')}</p>
          <ul className="problem-list">
            {result.problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </div>
      );
    case 'failed':
      return (
        <p className="field-error" role="alert">
          {t(`errors.${result.error.code}`)}
        </p>
      );
  }
}
