import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RISK_FACTORS, type RiskFactorLabels } from './risk-factors.ts';

/** The known risk factors' names in the interface language, by code. */
export function useRiskFactorLabels(): RiskFactorLabels {
  const { t, i18n } = useTranslation('monitoring');
  return useMemo(
    () => Object.fromEntries(RISK_FACTORS.map((code) => [code, t(`riskFactors.${code}`)])),
    // `t` is stable across language changes, so the language is a dependency of its own.
    [t, i18n.language],
  );
}
