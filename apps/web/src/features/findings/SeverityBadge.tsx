import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../lib/enums.ts';

const COLORS: Record<Severity, string> = { LOW: 'gray', MEDIUM: 'yellow', HIGH: 'orange', CRITICAL: 'red' };

// Badges keep their whole text inside narrow table cells instead of an ellipsis.
const FULL_LABEL = { root: { flexShrink: 0 }, label: { overflow: 'visible' } } as const;

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useTranslation('monitoring');
  return (
    <Badge styles={FULL_LABEL} color={COLORS[severity]} variant={severity === 'CRITICAL' ? 'filled' : 'light'}>
      {t(`enums.Severity.${severity}`)}
    </Badge>
  );
}
