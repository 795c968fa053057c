import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { useApi } from '../../api-context';
import { navigate } from '../../router';
import { Button } from '../../ui/Button';
import { useBusy } from '../../use-busy';
import { nameProblem, startRoom, titleProblem, type OpenOutcome } from './room-opening';
import { useRoomSessions } from './room-sessions-context';
import type { RoomSetup } from './use-room-setup';

type Problems = { title: string | null; name: string | null };

/** Before opening: the title participants see, the facilitator's name, what will be sent. */
export function PrepareRoom({ sessionId, setup }: { sessionId: string; setup: RoomSetup }) {
  const { t } = useTranslation();
  const api = useApi();
  const sessions = useRoomSessions();
  const id = useId();
  const { busy, perform } = useBusy();
  const [title, setTitle] = useState(setup.group?.name ?? '');
  const [name, setName] = useState(() => t('room.defaultName'));
  const [problems, setProblems] = useState<Problems>({ title: null, name: null });
  const [outcome, setOutcome] = useState<OpenOutcome | null>(null);
  const agreements = setup.session.agreements;

  if (setup.server.mode === 'none') {
    return (
      <section className="card" aria-labelledby={`${id}-none`}>
        <h2 id={`${id}-none`}>{t('room.notConfigured')}</h2>
        <p>{t('room.notConfiguredHint')}</p>
        <div>
          <Button variant="primary" onClick={() => navigate({ screen: 'settings' })}>
            {t('room.goToSettings')}
          </Button>
        </div>
      </section>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = { title: titleProblem(title), name: nameProblem(name) };
    setProblems(found);
    if (found.title || found.name) return;
    const result = await perform(() =>
      startRoom(api, sessions, {
        sessionId,
        groupId: setup.session.groupId,
        title,
        displayName: name,
        agreements: agreements?.items ?? [],
        allowedOrigins: setup.server.origins,
      }),
    );
    if (!result) return;
    const next: OpenOutcome = result.ok ? result.value : { ok: false, problem: 'other' };
    setOutcome(next);
    // The page's CSP predates this server: reload to reach it, on this same screen.
    if (!next.ok && next.problem === 'reload') window.location.reload();
  };

  return (
    <form className="card" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h2 id={`${id}-title`}>{t('room.prepareTitle')}</h2>
      <p className="muted">{t('room.privacy')}</p>
      <TextField
        id={`${id}-room-title`}
        label={t('room.titleLabel')}
        hint={t('room.titleHint')}
        value={title}
        onChange={setTitle}
        error={
          problems.title
            ? t(`room.titleErrors.${problems.title}` as 'room.titleErrors.empty')
            : null
        }
      />
      <TextField
        id={`${id}-name`}
        label={t('room.nameLabel')}
        value={name}
        onChange={setName}
        error={
          problems.name ? t(`room.nameErrors.${problems.name}` as 'room.nameErrors.empty') : null
        }
      />
      <div className="room-agreements">
        {agreements ? (
          <>
            <h3>{t('room.agreementsTitle', { version: agreements.version })}</h3>
            <ol>
              {agreements.items.map((item, index) => (
                <li key={index}>{item.title}</li>
              ))}
            </ol>
          </>
        ) : (
          <p className="muted">{t('room.noAgreements')}</p>
        )}
      </div>
      {outcome && !outcome.ok ? (
        <p className="alert" role="alert">
          {outcome.problem === 'reload'
            ? t('sessionServer.reloading')
            : outcome.problem === 'notConfigured'
              ? t('room.notConfigured')
              : t(`room.openErrors.${outcome.problem}`)}
        </p>
      ) : null}
      <div>
        <Button type="submit" variant="primary" busy={busy}>
          {busy ? t('room.opening') : t('room.open')}
        </Button>
      </div>
    </form>
  );
}

function TextField(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  error: string | null;
  onChange: (value: string) => void;
}) {
  const described = [
    props.error ? `${props.id}-error` : null,
    props.hint ? `${props.id}-hint` : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label className="field-label" htmlFor={props.id}>
        {props.label}
      </label>
      {props.hint ? (
        <p id={`${props.id}-hint`} className="field-hint">
          {props.hint}
        </p>
      ) : null}
      <input
        id={props.id}
        className="input"
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {props.error ? (
        <p id={`${props.id}-error`} className="field-error">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
