import { useId } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { Group } from '../../../../../shared/groups';

type GroupPickerProps = {
  groups: readonly Group[];
  selected: ReadonlySet<string>;
  onToggle(groupId: string, checked: boolean): void;
};

/** One checkbox per group, archived ones included (they held sessions too). */
export function GroupPicker({ groups, selected, onToggle }: GroupPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const none = selected.size === 0;
  return (
    <fieldset
      className="choice-group report-groups"
      aria-describedby={none ? `${id}-hint ${id}-none` : `${id}-hint`}
    >
      <legend className="field-label">{t('reports.groups.legend')}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t('reports.groups.hint')}
      </p>
      <div className="report-group-list">
        {groups.map((group) => (
          <div className="check-field" key={group.id}>
            <input
              id={`${id}-${group.id}`}
              type="checkbox"
              checked={selected.has(group.id)}
              onChange={(event) => onToggle(group.id, event.target.checked)}
            />
            <label htmlFor={`${id}-${group.id}`}>
              <span className="report-group-name">
                {group.name}
                {group.archivedAt !== null ? (
                  <span className="report-archived"> ({t('reports.groups.archived')})</span>
                ) : null}
              </span>
            </label>
          </div>
        ))}
      </div>
      {none ? (
        <p id={`${id}-none`} className="field-error">
          {t('reports.groups.none')}
        </p>
      ) : null}
    </fieldset>
  );
}
