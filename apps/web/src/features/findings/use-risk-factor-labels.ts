import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RISK_FACTORS, type RiskFactorLabels } from './risk-factors.ts';

/** The known risk factors' names in the interface language, by code. */
export function useRiskFactorLabels(): RiskFactorLabels {
  const { t } = useTranslation('monitoring');
  return useMemo(
    () => Object.fromEntries(RISK_FACTORS.map((code) => [code, t(`riskFactors.${code}`)])),
    // react-i18next hands out a new `t` whenever the language changes, so `t` alone keeps this current.
    [t],
  );
}
