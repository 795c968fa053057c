import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/translation';
import type { Phase } from '../../../shared/rounds';
import { countdownView, timerKey, timeWarning, type CountdownStatus } from './countdown-view';
import type { RoundsClient } from './rounds-client';

type CountdownProps = {
  client: RoundsClient;
  /** Called once when the same countdown reaches "wrap up" or overtime. */
  onWarning?: (warning: 'wrapUp' | 'overtime') => void;
  size?: 'large' | 'small';
};

/**
 * The time left, computed on every frame from the timer's `endsAt` and this
 * page's server-clock offset, never by counting ticks. It writes to the DOM
 * itself so a frame costs no React render; `data-remaining-ms` and
 * `data-frame-at` (local clock of that frame) let tests compare pages;
 * `data-clock-rtt-ms` is the round trip behind this page's clock offset.
 * The colour always comes with words: "Bientôt la fin", "Temps dépassé".
 */
export function Countdown({ client, onWarning, size = 'large' }: CountdownProps) {
  const { t } = useTranslation();
  const root = useRef<HTMLDivElement>(null);
  const clock = useRef<HTMLSpanElement>(null);
  const label = useRef<HTMLSpanElement>(null);
  const warn = useRef(onWarning);
  useEffect(() => {
    warn.current = onWarning;
  }, [onWarning]);

  useEffect(() => {
    let frame = 0;
    let lastKey: string | null = null;
    let lastPhase: Phase | null = null;
    let lastStatus: CountdownStatus | 'none' | null = null;
    const paint = () => {
      const element = root.current;
      if (!element) return;
      const state = client.getSnapshot().state;
      const view = countdownView(state, client.serverNow());
      const key = timerKey(state);
      const phase = view?.phase ?? null;
      if (key === lastKey) {
        const warning = timeWarning(lastPhase, phase);
        if (warning) warn.current?.(warning);
      }
      lastKey = key;
      lastPhase = phase;
      element.dataset['frameAt'] = String(client.localNow());
      const offset = client.getSnapshot().clock;
      if (offset) element.dataset['clockRttMs'] = String(offset.rttMs);
      if (view === null) {
        delete element.dataset['remainingMs'];
        element.dataset['status'] = 'none';
        if (clock.current) clock.current.textContent = '–:––';
        if (lastStatus !== 'none' && label.current)
          label.current.textContent = t('rounds.countdown.none');
        lastStatus = 'none';
        return;
      }
      if (view.remainingMs === null) delete element.dataset['remainingMs'];
      else element.dataset['remainingMs'] = String(view.remainingMs);
      element.dataset['elapsedMs'] = String(view.elapsedMs);
      element.dataset['status'] = view.status;
      if (clock.current && clock.current.textContent !== view.clock) {
        clock.current.textContent = view.clock;
      }
      if (view.status !== lastStatus && label.current) {
        label.current.textContent = t(`rounds.countdown.status.${view.status}`);
      }
      lastStatus = view.status;
    };
    const loop = () => {
      paint();
      frame = requestAnimationFrame(loop);
    };
    frame = requestAnimationFrame(loop);
    // Animation frames stop in a hidden tab; the time must still be right when it comes back.
    const tick = setInterval(paint, 250);
    paint();
    return () => {
      cancelAnimationFrame(frame);
      clearInterval(tick);
    };
  }, [client, t]);

  return (
    <div ref={root} className={`countdown countdown-${size}`} data-testid="countdown">
      {/* role=timer is not announced on every change; warnings have their own live region. */}
      <span ref={clock} className="countdown-clock" role="timer" aria-atomic="true" />
      <span ref={label} className="countdown-label" />
    </div>
  );
}
