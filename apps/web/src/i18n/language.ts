export const APP_LANGUAGES = ['es', 'en', 'fr', 'pt'] as const;
export type AppLanguage = (typeof APP_LANGUAGES)[number];

export const LANGUAGE_STORAGE_KEY = 'opcat-hub.language';

export function toAppLanguage(value: string | null | undefined): AppLanguage | undefined {
  return APP_LANGUAGES.find((language) => language === value);
}

/** The interface language for a BCP 47 tag (es-MX → es, pt-BR → pt, fr-SN → fr), if it is one we ship. */
export function baseAppLanguage(tag: string | null | undefined): AppLanguage | undefined {
  return toAppLanguage(tag?.toLowerCase().split('-')[0]);
}

/**
 * The language to start with: an explicit earlier choice wins; otherwise the first of the browser's
 * languages (navigator.languages, in the person's order) that the interface ships; otherwise Spanish,
 * the region's first language.
 */
export function detectInitialLanguage(
  stored: string | null | undefined,
  browserLanguages: readonly (string | null | undefined)[] | string | null | undefined,
): AppLanguage {
  const chosen = toAppLanguage(stored);
  if (chosen) return chosen;
  const tags = typeof browserLanguages === 'string' || browserLanguages == null ? [browserLanguages] : browserLanguages;
  for (const tag of tags) {
    const language = baseAppLanguage(tag);
    if (language) return language;
  }
  return 'es';
}
