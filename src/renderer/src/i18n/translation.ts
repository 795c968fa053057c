/**
 * Where every component takes its translator from. One import path for both
 * pages, so the participant page's build can give it a lighter implementation
 * than the facilitator app's without touching the components.
 */
export { useTranslation } from 'react-i18next';
