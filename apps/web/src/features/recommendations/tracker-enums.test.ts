import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.tracker.json';
import es from '../../i18n/es.tracker.json';
import {
  ACCEPTANCES,
  FOLLOW_UP_KINDS,
  IMPLEMENTATION_STATUSES,
  PRIORITIES,
  RECOMMENDATION_LEVELS,
  RECOMMENDATION_SORTS,
  RECOMMENDATION_SOURCES,
  REPRISAL_FORMS,
  REPRISAL_STATUSES,
  STATUS_ENTRY_KINDS,
  STATUS_PERSPECTIVES,
} from '../../lib/enums.ts';
import { schemaEnumValues } from '../../test/schema.ts';

const lists = {
  RecommendationSource: RECOMMENDATION_SOURCES,
  RecommendationLevel: RECOMMENDATION_LEVELS,
  Priority: PRIORITIES,
  Acceptance: ACCEPTANCES,
  ImplementationStatus: IMPLEMENTATION_STATUSES,
  StatusPerspective: STATUS_PERSPECTIVES,
  FollowUpKind: FOLLOW_UP_KINDS,
  StatusEntryKind: STATUS_ENTRY_KINDS,
  ReprisalForm: REPRISAL_FORMS,
  ReprisalStatus: REPRISAL_STATUSES,
} as const;

describe('tracker enums', () => {
  it.each(Object.entries(lists))('%s matches the API schema', (name, values) => {
    expect([...values].sort()).toEqual(schemaEnumValues(name).sort());
  });

  it('the sort options match the API schema', () => {
    expect([...RECOMMENDATION_SORTS].sort()).toEqual(schemaEnumValues('RecommendationSort').sort());
  });

  it.each(Object.keys(lists))('every %s value has a Spanish and an English name', (name) => {
    for (const texts of [es.enums, en.enums]) {
      const names: Record<string, string> = texts[name as keyof typeof texts];
      expect(Object.keys(names).sort()).toEqual(schemaEnumValues(name).sort());
    }
  });

  it('uses the words Latin American monitors use', () => {
    expect(es.nav.recommendations).toBe('Recomendaciones');
    expect(es.nav.reprisals).toBe('Represalias');
    expect(es.nav.audit).toBe('Bitácora de auditoría');
    expect(es.fields.addressee).toBe('Autoridad destinataria');
  });
});
