import { RISK_FACTORS } from '@opcat/domain';

export { RISK_FACTORS };

/** Translated names of the known risk factors, by code. */
export type RiskFactorLabels = Readonly<Record<string, string>>;

const comparable = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLocaleLowerCase();

/**
 * A risk factor tag as stored: a known code stays a code, a tag typed as a known factor's name
 * ("Hacinamiento", "hacinamiento ") becomes its code, anything else stays the monitor's own words.
 */
export function normaliseRiskFactor(tag: string, labels: RiskFactorLabels): string {
  const text = tag.trim();
  if ((RISK_FACTORS as readonly string[]).includes(text)) return text;
  const wanted = comparable(text);
  const known = Object.entries(labels).find(([, label]) => comparable(label) === wanted);
  return known ? known[0] : text;
}

/** Normalised, without blanks or duplicates, in the order given. */
export function normaliseRiskFactors(tags: readonly string[], labels: RiskFactorLabels): string[] {
  const result: string[] = [];
  for (const tag of tags) {
    const value = normaliseRiskFactor(tag, labels);
    if (value && !result.includes(value)) result.push(value);
  }
  return result;
}

/** What to show for a stored risk factor: the translated name of a code, free text as written. */
export function riskFactorLabel(value: string, labels: RiskFactorLabels): string {
  return labels[value] ?? value;
}
