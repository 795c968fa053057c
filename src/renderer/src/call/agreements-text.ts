export type AgreementItem = { title: string; text: string };

/**
 * The agreements arrive as plain text: one agreement per paragraph, its
 * first line as title (the desktop app writes them so). Any other text still
 * shows, a paragraph at a time.
 */
export function agreementItems(text: string): AgreementItem[] {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) => {
      const [title = '', ...rest] = block.split('\n');
      return { title: title.trim(), text: rest.join('\n').trim() };
    });
}

/** The desktop side of the same format. */
export function agreementsText(items: readonly AgreementItem[]): string {
  return items
    .map((item) => [item.title.trim(), item.text.trim()].filter((part) => part !== '').join('\n'))
    .join('\n\n');
}
