import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/es';
import 'dayjs/locale/fr';
import 'dayjs/locale/pt';

dayjs.extend(customParseFormat);

/** How a date field shows its value: the order the reader expects (never the browser's mm/dd/yyyy for Spanish). */
export const DATE_INPUT_FORMATS: Readonly<Record<string, string>> = {
  es: 'DD/MM/YYYY',
  // Month as a word: "3/5/2026" would be ambiguous between US and British readers.
  en: 'D MMM YYYY',
  fr: 'DD/MM/YYYY',
  pt: 'DD/MM/YYYY',
};

// What a person may type (strict parsing: 05 and 5 are different patterns); ISO first, so pasted or scripted YYYY-MM-DD works in every language.
const PARSE_FORMATS: Readonly<Record<string, readonly string[]>> = {
  es: ['YYYY-MM-DD', 'DD/MM/YYYY', 'D/M/YYYY', 'DD-MM-YYYY', 'D-M-YYYY', 'DD.MM.YYYY', 'D MMM YYYY'],
  en: ['YYYY-MM-DD', 'D MMM YYYY', 'DD MMM YYYY', 'D MMMM YYYY', 'MMM D, YYYY', 'MMMM D, YYYY'],
  fr: ['YYYY-MM-DD', 'DD/MM/YYYY', 'D/M/YYYY', 'DD-MM-YYYY', 'D-M-YYYY', 'DD.MM.YYYY', 'D MMM YYYY', 'D MMMM YYYY'],
  pt: ['YYYY-MM-DD', 'DD/MM/YYYY', 'D/M/YYYY', 'DD-MM-YYYY', 'D-M-YYYY', 'DD.MM.YYYY', 'D [de] MMMM [de] YYYY'],
};

function baseLanguage(language: string): string {
  const base = language.split('-')[0] ?? language;
  return base in DATE_INPUT_FORMATS ? base : 'en';
}

export function dateInputFormat(language: string): string {
  return DATE_INPUT_FORMATS[baseLanguage(language)] ?? 'YYYY-MM-DD';
}

/** Reads what was typed as a LocalDate (YYYY-MM-DD), or null while it is not (yet) a whole, real date. */
export function parseTypedDate(text: string, language: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const locale = baseLanguage(language);
  for (const format of PARSE_FORMATS[locale] ?? []) {
    const parsed = dayjs(trimmed, format, locale, true);
    if (parsed.isValid()) return parsed.format('YYYY-MM-DD');
  }
  return null;
}

/** A LocalDate as a date field shows it in `language`. */
export function formatDateForInput(localDate: string, language: string): string {
  const locale = baseLanguage(language);
  return dayjs(localDate, 'YYYY-MM-DD', true).locale(locale).format(dateInputFormat(locale));
}
