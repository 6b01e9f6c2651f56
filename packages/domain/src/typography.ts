/** The colon after a label as a language writes it: French sets a narrow no-break space before it. */
export function colon(language: string): string {
  return language.split('-')[0] === 'fr' ? '\u202f:' : ':';
}

/** A label before its value, colon and space included ("Calendrier proposé : …", "Plazo propuesto: …"). */
export function labelColon(label: string, language: string): string {
  return `${label}${colon(language)} `;
}
