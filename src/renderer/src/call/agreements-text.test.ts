import { describe, expect, it } from 'vitest';
import { agreementItems, agreementsText } from './agreements-text';

describe('agreements as sent to the session server', () => {
  it('round-trips titles and texts, one paragraph each', () => {
    const items = [
      { title: 'Confidentialité', text: 'Ce qui est dit ici reste ici.' },
      { title: 'Liberté de passer', text: '' },
      { title: 'Parler en « je »', text: 'Chacun·e parle de soi.\nPas au nom des autres.' },
    ];
    expect(agreementItems(agreementsText(items))).toEqual(items);
  });

  it('shows any plain text a paragraph at a time, and nothing for empty text', () => {
    expect(agreementItems('Un.\n\n\nDeux\nsuite')).toEqual([
      { title: 'Un.', text: '' },
      { title: 'Deux', text: 'suite' },
    ]);
    expect(agreementItems('  \n ')).toEqual([]);
  });
});
