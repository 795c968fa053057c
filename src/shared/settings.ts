import { z } from 'zod';

export const languages = ['fr', 'en'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

export type Settings = { language: Language };

export const defaultSettings: Settings = { language: 'fr' };

export type AppInfo = { version: string; databasePath: string };
