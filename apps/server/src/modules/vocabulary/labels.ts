// The labels of the vocabulary (enum values) come from ONE place: the web app's catalogues
// (apps/web/src/i18n/*.monitoring.json and *.tracker.json, their `enums` sections, and the risk
// factors' list in `riskFactors`). The server reads those files (bundled into dist/main.js by
// esbuild), so the portal and the report documents name every value exactly as the app does.
import esMonitoring from '../../../../web/src/i18n/es.monitoring.json' with { type: 'json' };
import enMonitoring from '../../../../web/src/i18n/en.monitoring.json' with { type: 'json' };
import frMonitoring from '../../../../web/src/i18n/fr.monitoring.json' with { type: 'json' };
import ptMonitoring from '../../../../web/src/i18n/pt.monitoring.json' with { type: 'json' };
import esTracker from '../../../../web/src/i18n/es.tracker.json' with { type: 'json' };
import enTracker from '../../../../web/src/i18n/en.tracker.json' with { type: 'json' };
import frTracker from '../../../../web/src/i18n/fr.tracker.json' with { type: 'json' };
import ptTracker from '../../../../web/src/i18n/pt.tracker.json' with { type: 'json' };

export const VOCABULARY_LANGUAGES = ['es', 'en', 'fr', 'pt'] as const;
export type VocabularyLanguage = (typeof VOCABULARY_LANGUAGES)[number];

type Catalogue = { enums: Record<string, Record<string, string>>; riskFactors?: Record<string, string> };

function vocabularyOf(monitoring: Catalogue, tracker: Catalogue) {
  return {
    ...(monitoring.enums as (typeof esMonitoring)['enums']),
    ...(tracker.enums as (typeof esTracker)['enums']),
    RiskFactor: monitoring.riskFactors as (typeof esMonitoring)['riskFactors'],
  };
}

const VOCABULARY = {
  es: vocabularyOf(esMonitoring, esTracker),
  en: vocabularyOf(enMonitoring, enTracker),
  fr: vocabularyOf(frMonitoring, frTracker),
  pt: vocabularyOf(ptMonitoring, ptTracker),
} as const;

/** A vocabulary by its GraphQL enum name (`PlaceType`, `ImplementationStatus`…; `RiskFactor`). */
export type VocabularyName = keyof (typeof VOCABULARY)['es'];

/** Every value's label of one vocabulary in one language. */
export function vocabularyLabels(language: VocabularyLanguage, name: VocabularyName): Readonly<Record<string, string>> {
  return VOCABULARY[language][name] as Record<string, string>;
}

/** The label of a value, or undefined for a value the catalogue does not name (a custom risk factor). */
export function labelOf(language: VocabularyLanguage, name: VocabularyName, value: string): string | undefined {
  return vocabularyLabels(language, name)[value];
}
