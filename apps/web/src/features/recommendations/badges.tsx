import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Acceptance, ImplementationStatus, Priority } from '../../lib/enums.ts';
import { ACCEPTANCE_COLORS, IMPLEMENTATION_COLORS, PRIORITY_COLORS } from './status-colors.ts';

type Size = BadgeProps['size'];

export function AcceptanceBadge({ value, size }: { value: Acceptance; size?: Size }) {
  const { t } = useTranslation('tracker');
  return (
    <Badge color={ACCEPTANCE_COLORS[value]} variant="light" size={size}>
      {t(`enums.Acceptance.${value}`)}
    </Badge>
  );
}

/** An implementation status; "no information yet" when nobody recorded one. */
export function ImplementationBadge({ value, size }: { value: ImplementationStatus | null; size?: Size }) {
  const { t } = useTranslation('tracker');
  if (value === null) {
    return (
      <Badge color="gray" variant="outline" size={size}>
        {t('status.none')}
      </Badge>
    );
  }
  return (
    <Badge color={IMPLEMENTATION_COLORS[value]} variant="light" size={size}>
      {t(`enums.ImplementationStatus.${value}`)}
    </Badge>
  );
}

export function PriorityBadge({ value, size }: { value: Priority; size?: Size }) {
  const { t } = useTranslation('tracker');
  return (
    <Badge color={PRIORITY_COLORS[value]} variant="dot" size={size}>
      {t(`enums.Priority.${value}`)}
    </Badge>
  );
}
