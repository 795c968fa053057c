import { useState } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { Session } from '../../../../../shared/sessions';
import { useApi } from '../../api-context';
import { useAnnounce, useClearAnnouncement } from '../../announcer';
import { useBusy } from '../../use-busy';
import type { FocusRegistry } from '../../use-focus-registry';
import { useSessionDateFormat } from './session-format';

/** Scheduling and cancelling sessions of one group, each with a spoken result. */
export function useSessionActions(
  groupId: string,
  refresh: () => Promise<void>,
  focus: FocusRegistry,
) {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const clearAnnouncement = useClearAnnouncement();
  const formatDate = useSessionDateFormat();
  const { busy, perform } = useBusy();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [rowError, setRowError] = useState<{ id: string; text: string } | null>(null);

  const schedule = async (planId: string, scheduledAt: number): Promise<string | null> => {
    clearAnnouncement();
    setRowError(null);
    const outcome = await perform(() => api.sessions.schedule({ groupId, planId, scheduledAt }));
    if (!outcome) return null;
    if (!outcome.ok) return t(`errors.${outcome.error.code}`);
    await refresh();
    focus.focusAfterRender(`session:${outcome.value.id}:open`);
    announce(
      t('prep.sessions.announce.scheduled', {
        when: formatDate(outcome.value.scheduledAt),
        plan: outcome.value.plan.name,
      }),
    );
    return null;
  };

  const askCancel = (session: Session) => {
    clearAnnouncement();
    setRowError(null);
    setConfirming(session.id);
    focus.focusAfterRender(`session:${session.id}:confirm`);
  };

  const keep = (session: Session) => {
    setConfirming(null);
    focus.focusAfterRender(`session:${session.id}:cancel`);
  };

  const cancel = async (session: Session) => {
    const outcome = await perform(() => api.sessions.cancel({ id: session.id }));
    if (!outcome) return;
    setConfirming(null);
    if (!outcome.ok) {
      setRowError({ id: session.id, text: t(`errors.${outcome.error.code}`) });
      return;
    }
    await refresh();
    focus.focusAfterRender(`session:${session.id}:open`, 'schedule:date');
    announce(t('prep.sessions.announce.cancelled', { when: formatDate(session.scheduledAt) }));
  };

  return { busy, confirming, rowError, schedule, askCancel, keep, cancel };
}

export type SessionActions = ReturnType<typeof useSessionActions>;
