import { useCallback } from 'react';
import { useTranslation } from '../../../../i18n/translation';
import type { FieldKey, Problem } from './plan-draft';

type FieldKind =
  'name' | 'groupSize' | 'startTime' | 'blocks' | 'title' | 'prompt' | 'duration' | 'turn';

const kindOf = (key: FieldKey): FieldKind =>
  key.startsWith('block:') ? (key.split(':')[2] as FieldKind) : (key as FieldKind);

/** A problem beside its field, in plain words: each field says what it expects. */
export function useProblemText(): (key: FieldKey, problem: Problem) => string {
  const { t } = useTranslation();
  return useCallback(
    (key, problem) => {
      const table = t('prep.editor.problems', { returnObjects: true }) as Record<
        FieldKind,
        Record<string, string>
      >;
      const texts = table[kindOf(key)];
      return texts[problem] ?? texts.default ?? t('errors.VALIDATION');
    },
    [t],
  );
}
