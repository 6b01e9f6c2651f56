import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VisitStatus } from '../../lib/enums.ts';
import { VISIT_STATUS_COLORS } from './visit-status.ts';

// Badges keep their whole text inside narrow table cells instead of an ellipsis.
const FULL_LABEL = { root: { flexShrink: 0 }, label: { overflow: 'visible' } } as const;

export function VisitStatusBadge({ status }: { status: VisitStatus }) {
  const { t } = useTranslation('monitoring');
  return (
    <Badge styles={FULL_LABEL} color={VISIT_STATUS_COLORS[status]} variant="light" style={{ flexShrink: 0 }}>
      {t(`enums.VisitStatus.${status}`)}
    </Badge>
  );
}
