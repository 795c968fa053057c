/*
 * The connection-quality indicator and the simulcast layer a tile asks for:
 * small pure rules, tested on their own.
 */

/** What a tile says about how media flows: in words for screen readers, in bars for the eye. */
export type Quality = 'good' | 'fair' | 'poor';

/**
 * From mediasoup scores (10 = nothing lost, 0 = nothing arrives) to words:
 * the weakest stream decides, since one choppy voice is what people notice.
 * Null until a score is known (the tile then says nothing).
 */
export function qualityOf(scores: ReadonlyArray<number | undefined>): Quality | null {
  const known = scores.filter((score): score is number => score !== undefined);
  if (known.length === 0) return null;
  const worst = Math.min(...known);
  if (worst >= 8) return 'good';
  if (worst >= 5) return 'fair';
  return 'poor';
}

/** Heights of the three simulcast layers relative to the full picture (¼, ½, 1). */
const layerShare = [0.25, 0.5, 1];
/** The camera's height as captured (local-media.ts asks for 480 lines). */
const capturedHeight = 480;

/**
 * The smallest simulcast layer that fills a tile of this many CSS pixels on a
 * screen of this density, so a grid of small tiles takes little bandwidth and
 * a large one still looks sharp. A picture up to a third bigger than its
 * layer still looks fine.
 */
export function layerForTile(cssHeight: number, devicePixelRatio = 1): 0 | 1 | 2 {
  const needed = (cssHeight * Math.max(1, devicePixelRatio)) / 1.33;
  if (needed <= capturedHeight * layerShare[0]!) return 0;
  if (needed <= capturedHeight * layerShare[1]!) return 1;
  return 2;
}
