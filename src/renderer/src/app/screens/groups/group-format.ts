import { useMemo } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { Group } from '../../../../../shared/groups';

/** Names in the reader's alphabetical order (accents and case ignored, "Groupe 2" before "Groupe 10"). */
export function useGroupOrder(): (groups: readonly Group[]) => Group[] {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
    return (groups) => [...groups].sort((a, b) => collator.compare(a.name, b.name));
  }, [language]);
}

/** A date as people say it: « 3 mars 2025 », "March 3, 2025". */
export function useDateFormat(): (epochMs: number) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { dateStyle: 'long' });
    return (epochMs) => format.format(epochMs);
  }, [language]);
}
