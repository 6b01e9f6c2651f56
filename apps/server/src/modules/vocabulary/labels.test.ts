import { describe, expect, it } from 'vitest';
import * as domain from '@opcat/domain';
import { vocabularyLabel } from '../report/vocabulary.ts';
import { ENUM_LABELS } from '../../http/portal/enum-labels.ts';
import { VOCABULARY_LANGUAGES, labelOf, vocabularyLabels } from './labels.ts';
import type { VocabularyName } from './labels.ts';

/** Each vocabulary and the values the domain defines for it. */
const VALUES: Partial<Record<VocabularyName, readonly string[]>> = {
  Classification: domain.CLASSIFICATIONS,
  PlaceType: domain.PLACE_TYPES,
  PlaceStatus: domain.PLACE_STATUSES,
  VisitType: domain.VISIT_TYPES,
  VisitStatus: domain.VISIT_STATUSES,
  Expertise: domain.EXPERTISES,
  Gender: domain.GENDERS,
  MonitoringArea: domain.MONITORING_AREAS,
  RiskFactor: domain.RISK_FACTORS,
  Vulnerability: domain.VULNERABILITIES,
  FindingSource: domain.FINDING_SOURCES,
  Severity: domain.SEVERITIES,
  RecommendationSource: domain.RECOMMENDATION_SOURCES,
  RecommendationLevel: domain.RECOMMENDATION_LEVELS,
  Priority: domain.PRIORITIES,
  Acceptance: domain.ACCEPTANCES,
  ImplementationStatus: domain.IMPLEMENTATION_STATUSES,
  StatusPerspective: domain.STATUS_PERSPECTIVES,
  FollowUpKind: domain.FOLLOW_UP_KINDS,
  ReprisalForm: domain.REPRISAL_FORMS,
  ReprisalStatus: domain.REPRISAL_STATUSES,
};

describe('vocabulary labels (one source: the web catalogues)', () => {
  it.each(Object.entries(VALUES))('every %s value has a label in every language', (name, values) => {
    for (const language of VOCABULARY_LANGUAGES) {
      const missing = values!.filter((value) => !labelOf(language, name as VocabularyName, value)?.trim());
      expect({ language, missing }).toEqual({ language, missing: [] });
    }
  });

  it('labels no value the domain does not define (a stale label is a renamed value)', () => {
    for (const [name, values] of Object.entries(VALUES)) {
      for (const language of VOCABULARY_LANGUAGES) {
        const extra = Object.keys(vocabularyLabels(language, name as VocabularyName)).filter(
          (v) => !values.includes(v),
        );
        expect({ name, language, extra }).toEqual({ name, language, extra: [] });
      }
    }
  });

  it('the report documents and the portal read the same labels as the app', () => {
    expect(vocabularyLabel('es', 'PlaceType', 'PRISON')).toBe(vocabularyLabels('es', 'PlaceType')['PRISON']);
    expect(vocabularyLabel('en', 'RiskFactor', 'OVERCROWDING')).toBe('Overcrowding');
    expect(vocabularyLabel('en', 'RiskFactor', 'LOCAL_PRACTICE')).toBe('local practice'); // a custom factor
    expect(ENUM_LABELS.fr.status['IMPLEMENTED']).toBe(vocabularyLabels('fr', 'ImplementationStatus')['IMPLEMENTED']);
    expect(ENUM_LABELS.pt.risk['CORRUPTION']).toBe(vocabularyLabels('pt', 'RiskFactor')['CORRUPTION']);
    expect(ENUM_LABELS.es.area['HEALTH_CARE']).toBe('Atención de la salud');
  });
});
