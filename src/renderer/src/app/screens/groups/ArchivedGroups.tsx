import { useId, type RefCallback } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { Group } from '../../../../../shared/groups';
import { ArchivedGroupRow } from './ArchivedGroupRow';
import { archivedFocusKey, archivedToggleKey } from './focus-keys';

type ArchivedGroupsProps = {
  groups: readonly Group[];
  open: boolean;
  busy: boolean;
  rowError: { id: string; text: string } | null;
  focusRef(key: string): RefCallback<HTMLElement>;
  onToggle(): void;
  onRestore(group: Group): void;
};

/** Archived groups, folded away by default (a disclosure: the button says if it is open). */
export function ArchivedGroups(props: ArchivedGroupsProps) {
  const { groups, open, rowError, focusRef } = props;
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="card archived" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <button
          ref={focusRef(archivedToggleKey)}
          type="button"
          className="disclosure"
          aria-expanded={open}
          aria-controls={`${id}-panel`}
          onClick={props.onToggle}
        >
          <span className="disclosure-mark" aria-hidden="true" />
          {t('groups.archivedCount', { count: groups.length })}
        </button>
      </h2>
      <div id={`${id}-panel`} className="archived-panel" hidden={!open}>
        <p className="muted">{t('groups.archivedIntro')}</p>
        {groups.length === 0 ? (
          <p>{t('groups.archivedEmpty')}</p>
        ) : (
          <ul className="group-list">
            {groups.map((group) => (
              <ArchivedGroupRow
                key={group.id}
                group={group}
                busy={props.busy}
                error={rowError?.id === group.id ? rowError.text : null}
                focusRef={focusRef(archivedFocusKey(group.id))}
                onRestore={props.onRestore}
              />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
