import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/translation';
import type { EngineState } from '../../../shared/rounds';
import { turnNews } from './announcements';
import { chimeWanted, playChime } from './chime';
import { newsText, refusalText, type NameOf } from './news-text';
import type { RoundsClient, RoundsSnapshot } from './rounds-client';

export type Message = { serial: number; text: string };

type Options = {
  /** Time warnings for everyone (the facilitator), or only for the speaker's own turn. */
  warnings: 'all' | 'ownTurn';
};

/**
 * What the live regions say: turn changes and refusals politely, time
 * warnings assertively (once per countdown, so rarely). Also plays the
 * chime when the person asked for it.
 */
export function useRoundNews(
  client: RoundsClient,
  snapshot: RoundsSnapshot,
  nameOf: NameOf,
  options: Options,
) {
  const { t } = useTranslation();
  const [polite, setPolite] = useState<Message | null>(null);
  const [assertive, setAssertive] = useState<Message | null>(null);
  const previous = useRef<EngineState | null>(null);
  const serial = useRef(0);
  const names = useRef(nameOf);
  useEffect(() => {
    names.current = nameOf;
  }, [nameOf]);

  const state = snapshot.state;
  useEffect(() => {
    if (state === null) return;
    const before = previous.current;
    previous.current = state;
    // The first state on arrival is not news: the panel shows it.
    const news = before === null ? null : turnNews(before, state);
    if (news === null) return;
    serial.current += 1;
    setPolite({ serial: serial.current, text: newsText(t, news, client.selfId, names.current) });
  }, [state, client, t]);

  const refusal = snapshot.refusal;
  useEffect(() => {
    if (refusal === null) return;
    serial.current += 1;
    setPolite({ serial: serial.current, text: refusalText(t, refusal.code) });
  }, [refusal, t]);

  const onWarning = useCallback(
    (warning: 'wrapUp' | 'overtime') => {
      const activity = client.getSnapshot().state?.activity;
      const own = activity && activity.kind !== 'freeTime' && activity.speaker === client.selfId;
      if (options.warnings === 'ownTurn' && !own && activity?.kind !== 'freeTime') return;
      if (chimeWanted()) playChime(warning);
      serial.current += 1;
      const key = own ? (`${warning}You` as const) : warning;
      setAssertive({ serial: serial.current, text: t(`rounds.warning.${key}`) });
    },
    [client, options.warnings, t],
  );

  return { polite, assertive, onWarning };
}
