import { z } from 'zod';

export const languages = ['fr', 'en'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

/** A line the facilitator can call or show in a crisis: "3114 — prévention du suicide". */
export const crisisResourceSchema = z
  .object({
    label: z.string().trim().min(1, { message: 'empty' }).max(80, { message: 'too_long' }),
    number: z
      .string()
      .trim()
      .min(1, { message: 'empty' })
      .max(30, { message: 'too_long' })
      .regex(/^[0-9+ ().-]+$/, { message: 'not_a_number' }),
  })
  .strict();

export const crisisResourcesSchema = z.array(crisisResourceSchema).max(12, { message: 'too_many' });
export type CrisisResource = z.infer<typeof crisisResourceSchema>;

export type Settings = { language: Language; crisisResources: CrisisResource[] };

/** France's lines (PRACTICE.md): safety comes first, one click away during a session. */
export const defaultCrisisResources: CrisisResource[] = [
  { label: 'Prévention du suicide (24 h/24, gratuit)', number: '3114' },
  { label: 'SAMU — urgence médicale', number: '15' },
  { label: 'Numéro d’urgence européen', number: '112' },
];

export const defaultSettings: Settings = {
  language: 'fr',
  crisisResources: defaultCrisisResources,
};

export type AppInfo = { version: string; databasePath: string };
