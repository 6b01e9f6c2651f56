import { describe, expect, it } from 'vitest';
import esMonitoring from '../../i18n/es.monitoring.json';
import enMonitoring from '../../i18n/en.monitoring.json';
import { normaliseRiskFactor, normaliseRiskFactors, RISK_FACTORS, riskFactorLabel } from './risk-factors.ts';

const labels = { OVERCROWDING: 'Hacinamiento', NO_ACCESS_TO_LAWYER: 'Sin acceso a un abogado o abogada' };

describe('risk factors', () => {
  it('keeps known codes and turns a typed known name into its code', () => {
    expect(normaliseRiskFactor('OVERCROWDING', labels)).toBe('OVERCROWDING');
    expect(normaliseRiskFactor('  hacinamiento ', labels)).toBe('OVERCROWDING');
    expect(normaliseRiskFactor('Sin acceso a un abogado o abogada', labels)).toBe('NO_ACCESS_TO_LAWYER');
  });

  it("keeps the monitor's own words for factors outside the vocabulary", () => {
    expect(normaliseRiskFactor('Falta de ventilación ', labels)).toBe('Falta de ventilación');
  });

  it('drops blanks and duplicates', () => {
    expect(normaliseRiskFactors(['Hacinamiento', 'OVERCROWDING', ' ', 'Calor extremo'], labels)).toEqual([
      'OVERCROWDING',
      'Calor extremo',
    ]);
  });

  it('shows codes by name and free text as written', () => {
    expect(riskFactorLabel('OVERCROWDING', labels)).toBe('Hacinamiento');
    expect(riskFactorLabel('Calor extremo', labels)).toBe('Calor extremo');
  });

  it('has a Spanish and an English name for every risk factor of the vocabulary', () => {
    for (const texts of [esMonitoring, enMonitoring]) {
      const names: Record<string, string> = texts.riskFactors;
      expect(RISK_FACTORS.filter((code) => !names[code])).toEqual([]);
    }
  });
});
