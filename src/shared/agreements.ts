import { z } from 'zod';
import type { Language } from './settings';

export const AGREEMENT_TITLE_MAX = 80;
export const AGREEMENT_TEXT_MAX = 400;
export const AGREEMENTS_MAX = 30;

/** One agreement: a short title and one or two sentences. */
export const agreementSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, { message: 'empty' })
      .max(AGREEMENT_TITLE_MAX, { message: 'too_long' }),
    text: z.string().trim().max(AGREEMENT_TEXT_MAX, { message: 'too_long' }),
  })
  .strict();

export const agreementListSchema = z
  .array(agreementSchema)
  .min(1, { message: 'empty' })
  .max(AGREEMENTS_MAX, { message: 'too_many' });

export type Agreement = z.infer<typeof agreementSchema>;

/** A version of a group's agreements. Versions are never edited: a change makes a new one. */
export type AgreementSet = {
  id: string;
  groupId: string;
  /** 1, 2, 3… per group. */
  version: number;
  items: Agreement[];
  /** Epoch milliseconds. */
  createdAt: number;
};

const fr: Agreement[] = [
  {
    title: 'Confidentialité',
    text: "Ce qui est dit ici reste ici. En ligne, personne ne peut la garantir tout à fait : chacun·e s'isole autant que possible et ne répète rien à l'extérieur.",
  },
  {
    title: 'Bienveillance et non-jugement',
    text: 'Nous accueillons ce que chacun·e partage sans juger ni commenter.',
  },
  {
    title: 'Parler en « je »',
    text: 'Chacun·e parle de sa propre expérience, pas au nom des autres.',
  },
  {
    title: 'Pas de conseils non sollicités',
    text: "Pendant un tour, pas de dialogue croisé ni de conseils : on écoute jusqu'au bout.",
  },
  {
    title: 'Liberté de passer',
    text: '« Je passe » est toujours permis, sans avoir à se justifier.',
  },
  {
    title: 'Respect du temps de parole',
    text: "Chacun·e dispose du même temps ; l'animateur·rice signale quand il touche à sa fin.",
  },
  {
    title: "Pas d'enregistrement",
    text: "Personne n'enregistre, ne filme ni ne fait de capture d'écran de la séance.",
  },
];

const en: Agreement[] = [
  {
    title: 'Confidentiality',
    text: 'What is said here stays here. Online nobody can fully guarantee it: everyone finds a private space where they can and repeats nothing outside.',
  },
  {
    title: 'Kindness, no judgement',
    text: 'We welcome what each person shares without judging or commenting.',
  },
  { title: 'Speak from "I"', text: 'Each person speaks of their own experience, not for others.' },
  {
    title: 'No unsolicited advice',
    text: 'During a round, no cross-talk and no advice: we listen to the end.',
  },
  { title: 'Free to pass', text: '"I pass" is always allowed, with no need to explain.' },
  {
    title: 'Respect speaking time',
    text: 'Everyone has the same time; the facilitator signals when it is nearly over.',
  },
  {
    title: 'No recording',
    text: 'Nobody records, films or takes screenshots of the session.',
  },
];

/** The starting agreements of a new group, drawn from common peer-support practice. */
export function defaultAgreements(language: Language): Agreement[] {
  return (language === 'en' ? en : fr).map((a) => ({ ...a }));
}
