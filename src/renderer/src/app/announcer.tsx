import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

type Announcement = { text: string; serial: number };

type AnnouncerValue = {
  current: Announcement | null;
  announce(text: string): void;
  clear(): void;
};

const AnnouncerContext = createContext<AnnouncerValue | null>(null);

/**
 * The result of the last action, read out politely by screen readers and
 * shown on screen, so an archive without a confirmation dialog is never silent.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<Announcement | null>(null);
  const announce = useCallback((text: string) => {
    setCurrent((previous) => ({ text, serial: (previous?.serial ?? 0) + 1 }));
  }, []);
  const clear = useCallback(() => setCurrent(null), []);
  const value = useMemo(() => ({ current, announce, clear }), [current, announce, clear]);
  return <AnnouncerContext value={value}>{children}</AnnouncerContext>;
}

function useAnnouncerContext(): AnnouncerValue {
  const value = useContext(AnnouncerContext);
  if (!value) throw new Error('announcer used outside <AnnouncerProvider>');
  return value;
}

export function useAnnounce(): (text: string) => void {
  return useAnnouncerContext().announce;
}

export function useClearAnnouncement(): () => void {
  return useAnnouncerContext().clear;
}

/** Must be in the page before the first message, or it would not be announced. */
export function LiveRegion() {
  const { current } = useAnnouncerContext();
  // A new key per message makes a repeated sentence ("… archivé.") heard again.
  return (
    <div className="notice" role="status" aria-live="polite">
      {current ? <span key={current.serial}>{current.text}</span> : null}
    </div>
  );
}
