import type { RefCallback } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { Group } from '../../../../../shared/groups';
import { Button } from '../../ui/Button';
import { GroupLinks } from './GroupLinks';
import { useDateFormat } from './group-format';
import type { NameSubmit } from './name-issue';
import { RenameGroupForm } from './RenameGroupForm';

type GroupRowProps = {
  group: Group;
  busy: boolean;
  editing: boolean;
  /** A failed archive, in plain words. */
  error: string | null;
  focusRef(action: 'rename' | 'archive'): RefCallback<HTMLElement>;
  onStartRename(group: Group): void;
  onRename(group: Group, name: string, typed: string): Promise<NameSubmit>;
  onCancelRename(group: Group): void;
  onArchive(group: Group): void;
};

/** One active group: its name and date, or the rename form while it is being renamed. */
export function GroupRow(props: GroupRowProps) {
  const { group, busy, editing, error, focusRef } = props;
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  // Buttons say which group they act on, for people who hear them out of context.
  const which = (
    <span className="visually-hidden"> {t('groups.forGroup', { name: group.name })}</span>
  );
  return (
    <li className="group-row">
      {editing ? (
        <RenameGroupForm
          group={group}
          busy={busy}
          onRename={props.onRename}
          onCancel={() => props.onCancelRename(group)}
        />
      ) : (
        <div className="group-line">
          <div className="group-text">
            <h3 className="group-name">{group.name}</h3>
            <p className="group-meta">
              {t('groups.createdOn', { date: formatDate(group.createdAt) })}
            </p>
            <GroupLinks group={group} />
          </div>
          <div className="group-actions">
            <Button ref={focusRef('rename')} busy={busy} onClick={() => props.onStartRename(group)}>
              {t('groups.rename')}
              {which}
            </Button>
            <Button ref={focusRef('archive')} busy={busy} onClick={() => props.onArchive(group)}>
              {t('groups.archive')}
              {which}
            </Button>
          </div>
        </div>
      )}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}
