import { useId, type RefCallback } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { Group } from '../../../../../shared/groups';
import { activeFocusKey } from './focus-keys';
import { GroupRow } from './GroupRow';
import type { NameSubmit } from './name-issue';

type ActiveGroupsProps = {
  groups: readonly Group[];
  hasArchived: boolean;
  busy: boolean;
  editingId: string | null;
  rowError: { id: string; text: string } | null;
  focusRef(key: string): RefCallback<HTMLElement>;
  onStartRename(group: Group): void;
  onRename(group: Group, name: string, typed: string): Promise<NameSubmit>;
  onCancelRename(group: Group): void;
  onArchive(group: Group): void;
};

/** The active groups by name, or a friendly word when there are none yet. */
export function ActiveGroups(props: ActiveGroupsProps) {
  const { groups, hasArchived, rowError, focusRef } = props;
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {t('groups.activeTitle')}
        {groups.length > 0 ? <span className="count"> ({groups.length})</span> : null}
      </h2>
      {groups.length === 0 ? (
        <div className="empty-state">
          <span className="empty-mark" aria-hidden="true" />
          <div>
            <p className="empty-title">{t('groups.emptyTitle')}</p>
            <p className="muted">
              {t(hasArchived ? 'groups.emptyWithArchived' : 'groups.emptyBody')}
            </p>
          </div>
        </div>
      ) : (
        <ul className="group-list">
          {groups.map((group) => (
            <GroupRow
              key={group.id}
              group={group}
              busy={props.busy}
              editing={props.editingId === group.id}
              error={rowError?.id === group.id ? rowError.text : null}
              focusRef={(action) => focusRef(activeFocusKey(group.id, action))}
              onStartRename={props.onStartRename}
              onRename={props.onRename}
              onCancelRename={props.onCancelRename}
              onArchive={props.onArchive}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
