import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../lib/enums.ts';

const COLORS: Record<Severity, string> = { LOW: 'gray', MEDIUM: 'yellow', HIGH: 'orange', CRITICAL: 'red' };

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useTranslation('monitoring');
  return (
    <Badge color={COLORS[severity]} variant={severity === 'CRITICAL' ? 'filled' : 'light'}>
      {t(`enums.Severity.${severity}`)}
    </Badge>
  );
}
