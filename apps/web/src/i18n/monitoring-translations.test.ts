import { describe, expect, it } from 'vitest';
import esMonitoring from './es.monitoring.json';
import { RESOURCES } from './resources.ts';
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
/** Every language that ships the monitoring namespace. */
const ALL = Object.values(RESOURCES).flatMap((namespaces) =>
  'monitoring' in namespaces ? [namespaces.monitoring as Texts] : [],
);

describe('monitoring translations', () => {
  it.each(ENUMS)('every %s value has a name in every language', (name) => {
    for (const texts of ALL) {
      const names: Record<string, string> = texts.enums[name];
      expect(schemaEnumValues(name).filter((value) => !names[value])).toEqual([]);
    }
  });

  it('explains every classification and gives it a badge', () => {
    for (const texts of ALL) {
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
    expect(ALL).toHaveLength(4);
    expect(RESOURCES.fr.monitoring.places.title).toBe('Lieux de privation de liberté');
    expect(RESOURCES.pt.monitoring.places.title).toBe('Locais de privação de liberdade');
    expect(RESOURCES.fr.monitoring.enums.RecordType.FINDING).toBe('Constatation');
  });
});
