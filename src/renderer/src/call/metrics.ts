/*
 * Performance marks a person never sees: how long from entering the call to
 * the first picture of someone else. Read by the e2e tests and by anyone
 * profiling the page (DevTools → Performance → Timings).
 */
export const callStartMark = 'cercle:call-start';
export const firstRemoteFrameMark = 'cercle:first-remote-frame';

let firstFrameMarked = false;

export function markFirstRemoteFrame(): void {
  if (firstFrameMarked) return;
  firstFrameMarked = true;
  performance.mark(firstRemoteFrameMark);
}
