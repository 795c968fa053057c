import type { Message } from './use-round-news';

/**
 * Two live regions, present from the start so the first message is heard:
 * turn changes politely, time warnings assertively. A new key per message
 * makes a repeated sentence heard again. No role: the pages' own status and
 * alert regions keep their place for what they say.
 */
export function LiveRegions({
  polite,
  assertive,
}: {
  polite: Message | null;
  assertive: Message | null;
}) {
  return (
    <>
      <div
        className="visually-hidden"
        aria-live="polite"
        aria-atomic="true"
        data-testid="round-news"
      >
        {polite ? <span key={polite.serial}>{polite.text}</span> : null}
      </div>
      <div
        className="visually-hidden"
        aria-live="assertive"
        aria-atomic="true"
        data-testid="round-warning"
      >
        {assertive ? <span key={assertive.serial}>{assertive.text}</span> : null}
      </div>
    </>
  );
}
