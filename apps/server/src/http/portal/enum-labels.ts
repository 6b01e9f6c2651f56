// The portal's vocabulary groups, named as the app names them in es, en, fr and pt: read from the
// web app's catalogues through modules/vocabulary/labels.ts (one source, no copy here).
import { VOCABULARY_LANGUAGES, vocabularyLabels } from '../../modules/vocabulary/labels.ts';
import type { VocabularyLanguage, VocabularyName } from '../../modules/vocabulary/labels.ts';

/** The portal's short group names and the vocabulary each one shows. */
const GROUPS = {
  source: 'RecommendationSource',
  level: 'RecommendationLevel',
  priority: 'Priority',
  acceptance: 'Acceptance',
  status: 'ImplementationStatus',
  area: 'MonitoringArea',
  vulnerability: 'Vulnerability',
  risk: 'RiskFactor',
} as const satisfies Record<string, VocabularyName>;

type Groups = { readonly [G in keyof typeof GROUPS]: Readonly<Record<string, string>> };

function groupsOf(language: VocabularyLanguage): Groups {
  return Object.fromEntries(
    Object.entries(GROUPS).map(([group, name]) => [group, vocabularyLabels(language, name)]),
  ) as unknown as Groups;
}

export const ENUM_LABELS = Object.fromEntries(
  VOCABULARY_LANGUAGES.map((language) => [language, groupsOf(language)]),
) as unknown as Readonly<Record<VocabularyLanguage, Groups>>;
