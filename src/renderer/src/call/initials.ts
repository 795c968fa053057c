/**
 * Up to two letters for an audio tile: first letters of the first two words
 * ("Marie-Claire Dupont" → "MD"), or the first two of a single word. Counts
 * code points, so an emoji pseudonym shows whole.
 */
export function initials(name: string): string {
  const words = name
    .trim()
    .split(/[\s\-_.]+/u)
    .filter((word) => word !== '');
  const first = [...(words[0] ?? '')];
  if (words.length === 0) return '?';
  if (words.length === 1) return first.slice(0, 2).join('').toLocaleUpperCase();
  const second = [...(words[1] ?? '')];
  return `${first[0] ?? ''}${second[0] ?? ''}`.toLocaleUpperCase();
}

/** A stable colour index (0–5) per person, so a tile keeps its colour across renders. */
export function hueIndex(id: string): number {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) % 9973;
  return hash % 6;
}
