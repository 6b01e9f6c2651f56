export const APP_LANGUAGES = ['es', 'en'] as const;
export type AppLanguage = (typeof APP_LANGUAGES)[number];

export const LANGUAGE_STORAGE_KEY = 'opcat-hub.language';

export function toAppLanguage(value: string | null | undefined): AppLanguage | undefined {
  return APP_LANGUAGES.find((language) => language === value);
}

/**
 * The language to start with: an explicit earlier choice wins; otherwise Spanish for browsers
 * whose language starts with `es` (es, es-MX, es-419…), English for everyone else.
 */
export function detectInitialLanguage(
  stored: string | null | undefined,
  browserLanguage: string | null | undefined,
): AppLanguage {
  const chosen = toAppLanguage(stored);
  if (chosen) return chosen;
  return browserLanguage?.toLowerCase().startsWith('es') ? 'es' : 'en';
}
