import { useCallback, useId, useRef, useState, type FormEvent, type RefCallback } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { useClearAnnouncement } from '../../announcer';
import { Button } from '../../ui/Button';
import { GroupNameField } from './GroupNameField';
import { checkGroupName, type NameIssue, type NameSubmit } from './name-issue';

type CreateGroupFormProps = {
  busy: boolean;
  /** On a refusal the typed name stays, with the problem beside it. */
  onCreate(name: string, typed: string): Promise<NameSubmit>;
  /** The screen's focus registry, so focus can come back here after an action. */
  inputRef?: RefCallback<HTMLInputElement>;
};

export function CreateGroupForm({ busy, onCreate, inputRef }: CreateGroupFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const clearAnnouncement = useClearAnnouncement();
  const ownInput = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState('');
  const [issue, setIssue] = useState<NameIssue | null>(null);
  const attachInput = useCallback(
    (element: HTMLInputElement | null) => {
      ownInput.current = element;
      const detach = inputRef?.(element);
      return () => {
        ownInput.current = null;
        if (typeof detach === 'function') detach();
      };
    },
    [inputRef],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    // The previous result no longer describes the screen once a new attempt starts.
    clearAnnouncement();
    const checked = checkGroupName(typed);
    const result = checked.ok ? await onCreate(checked.name, typed) : checked.issue;
    if (result === 'ignored') return;
    if (result === 'done') {
      setTyped('');
      setIssue(null);
      return;
    }
    setIssue(result);
    // Focus on the field reads its problem aloud (aria-describedby).
    ownInput.current?.focus();
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('groups.createTitle')}</h2>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <GroupNameField
          id={`${id}-name`}
          label={t('groups.nameLabel')}
          hint={t('groups.nameHint')}
          value={typed}
          issue={issue}
          onChange={(value) => {
            setTyped(value);
            setIssue(null);
          }}
          inputRef={attachInput}
          actions={
            <Button type="submit" variant="primary" busy={busy}>
              {t('groups.create')}
            </Button>
          }
        />
      </form>
    </section>
  );
}
