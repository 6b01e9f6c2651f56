import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VisitStatus } from '../../lib/enums.ts';
import { VISIT_STATUS_COLORS } from './visit-status.ts';

export function VisitStatusBadge({ status }: { status: VisitStatus }) {
  const { t } = useTranslation('monitoring');
  return (
    <Badge color={VISIT_STATUS_COLORS[status]} variant="light" style={{ flexShrink: 0 }}>
      {t(`enums.VisitStatus.${status}`)}
    </Badge>
  );
}
