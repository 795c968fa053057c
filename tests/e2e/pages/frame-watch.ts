import type { Page } from '@playwright/test';

/*
 * The longest time a remote picture stood still, measured in the page with
 * requestVideoFrameCallback on every <video> of the call (a getStats poll
 * would only see whole seconds). An init script: it runs before the page's
 * own code, and is a string so no bundler helper reaches the page.
 */
export const watchFrames = `(() => {
  const gaps = new Map();
  window.__cercleFrames = {
    reset() { for (const entry of gaps.values()) entry.max = 0; },
    longest(name) {
      let max = 0;
      for (const [video, entry] of gaps) {
        if (!video.isConnected) continue;
        const tile = video.closest('.tile');
        if (tile?.querySelector('.tile-name')?.textContent !== name) continue;
        max = Math.max(max, entry.max, performance.now() - entry.last);
      }
      return max;
    },
  };
  const watch = (video) => {
    if (gaps.has(video)) return;
    const entry = { last: performance.now(), max: 0 };
    gaps.set(video, entry);
    const onFrame = () => {
      const now = performance.now();
      entry.max = Math.max(entry.max, now - entry.last);
      entry.last = now;
      if (video.isConnected) video.requestVideoFrameCallback(onFrame);
      else gaps.delete(video);
    };
    video.requestVideoFrameCallback(onFrame);
  };
  new MutationObserver(() => {
    for (const video of document.querySelectorAll('.tile video')) watch(video);
  }).observe(document, { childList: true, subtree: true });
})();`;

/** Forgets the gaps seen so far (the gap under way still counts). */
export async function resetFrames(page: Page): Promise<void> {
  await page.evaluate('window.__cercleFrames.reset()');
}

/** The longest stretch without a new frame from `name`'s picture since the last reset (ms). */
export async function longestFrozenMs(page: Page, name: string): Promise<number> {
  return (await page.evaluate(`window.__cercleFrames.longest(${JSON.stringify(name)})`)) as number;
}
