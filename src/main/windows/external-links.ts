const maxLength = 2048;

/**
 * The normalised form of a link that may be handed to the system browser, or
 * undefined. Only http(s) with a host and without credentials: anything else
 * (javascript:, file:, data:, custom schemes that launch other programs)
 * would let a page run code or open files outside the sandbox.
 */
export function safeExternalUrl(url: unknown): string | undefined {
  if (typeof url !== 'string' || url.length === 0 || url.length > maxLength) return undefined;
  // URL() silently drops tabs, newlines and edge spaces; a link that needs
  // that cleaning is disguised, not typed by a person.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\s\u0000-\u001f\u007f]/.test(url)) return undefined;
  // Likewise `https:///host`, `https:\\host` or `https:host`, which URL() repairs.
  if (!/^https?:\/\/[^/\\]/i.test(url)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return undefined;
  return parsed.href;
}

export function isSafeExternalUrl(url: unknown): boolean {
  return safeExternalUrl(url) !== undefined;
}
