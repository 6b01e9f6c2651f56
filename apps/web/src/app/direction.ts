/** Languages written right to left (Arabic is the next UN language the interface will ship). */
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur']);

export type Direction = 'ltr' | 'rtl';

export function directionOf(language: string | null | undefined): Direction {
  return RTL_LANGUAGES.has((language ?? '').toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}
