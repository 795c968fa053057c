import type { Language } from '../../../shared/settings';

/**
 * The languages the interface speaks, French first. Kept here rather than
 * imported from shared/settings so the participant page does not bundle zod.
 */
export const uiLanguages = ['fr', 'en'] as const satisfies readonly Language[];

export type UiLanguage = (typeof uiLanguages)[number];
