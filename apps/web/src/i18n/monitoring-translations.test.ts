import { describe, expect, it } from 'vitest';
import enMonitoring from './en.monitoring.json';
import esMonitoring from './es.monitoring.json';
import { schemaEnumValues } from '../test/schema.ts';

const ENUMS = [
  'PlaceType',
  'PlaceStatus',
  'VisitType',
  'VisitStatus',
  'MonitoringArea',
  'Vulnerability',
  'FindingSource',
  'Severity',
  'Classification',
  'Expertise',
  'Gender',
  'RecordType',
] as const;

type Texts = typeof esMonitoring;

describe('monitoring translations', () => {
  it.each(ENUMS)('every %s value has a Spanish and an English name', (name) => {
    for (const texts of [esMonitoring, enMonitoring] as Texts[]) {
      const names: Record<string, string> = texts.enums[name];
      expect(schemaEnumValues(name).filter((value) => !names[value])).toEqual([]);
    }
  });

  it('explains every classification and gives it a badge', () => {
    for (const texts of [esMonitoring, enMonitoring] as Texts[]) {
      const explain: Record<string, string> = texts.classification.explain;
      const badge: Record<string, string> = texts.classification.badge;
      expect(schemaEnumValues('Classification').filter((value) => !explain[value] || !badge[value])).toEqual([]);
    }
  });

  it('marks SPT-confidential records and personal data as Latin American monitors expect', () => {
    expect(esMonitoring.classification.badge.SPT_CONFIDENTIAL).toBe('Confidencial SPT (art. 16)');
    expect(esMonitoring.interviewees.personalDataNote).toBe(
      'Datos personales: solo el equipo de visita (art. 21 OPCAT)',
    );
    expect(esMonitoring.nav.places).toBe('Lugares');
    expect(esMonitoring.nav.visits).toBe('Visitas');
  });
});
