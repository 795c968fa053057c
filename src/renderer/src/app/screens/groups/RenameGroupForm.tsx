import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { Group } from '../../../../../shared/groups';
import { useClearAnnouncement } from '../../announcer';
import { Button } from '../../ui/Button';
import { GroupNameField } from './GroupNameField';
import { checkGroupName, type NameIssue, type NameSubmit } from './name-issue';

type RenameGroupFormProps = {
  group: Group;
  busy: boolean;
  /** On a refusal the typed name stays, with the problem beside it. */
  onRename(group: Group, name: string, typed: string): Promise<NameSubmit>;
  onCancel(): void;
};

/** Inline rename: Enter saves, Escape gives the old name back. */
export function RenameGroupForm({ group, busy, onRename, onCancel }: RenameGroupFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const clearAnnouncement = useClearAnnouncement();
  const input = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState(group.name);
  const [issue, setIssue] = useState<NameIssue | null>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    // The previous result no longer describes the screen once a new attempt starts.
    clearAnnouncement();
    const checked = checkGroupName(typed);
    if (checked.ok && checked.name === group.name) {
      onCancel();
      return;
    }
    const result = checked.ok ? await onRename(group, checked.name, typed) : checked.issue;
    if (result === 'done' || result === 'ignored') return;
    setIssue(result);
    input.current?.focus();
  };

  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !busy) {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <form
      className="rename-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={cancelOnEscape}
    >
      <GroupNameField
        id={`${id}-name`}
        label={t('groups.renameLabel', { name: group.name })}
        value={typed}
        issue={issue}
        onChange={(value) => {
          setTyped(value);
          setIssue(null);
        }}
        inputRef={input}
        actions={
          <>
            <Button type="submit" variant="primary" busy={busy}>
              {t('common.save')}
            </Button>
            <Button variant="quiet" busy={busy} onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          </>
        }
      />
    </form>
  );
}
