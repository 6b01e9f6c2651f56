import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUS_COLORS, isActionStatus } from './action-helpers.ts';

export function ActionStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation('workplan');
  if (!isActionStatus(status)) return <Badge color="gray">{status}</Badge>;
  return <Badge color={ACTION_STATUS_COLORS[status]}>{t(`status.${status}`)}</Badge>;
}

export function OverdueBadge() {
  const { t } = useTranslation('workplan');
  return (
    <Badge color="red" variant="filled" data-testid="overdue">
      {t('actions.overdue')}
    </Badge>
  );
}

export function JointBadge() {
  const { t } = useTranslation('workplan');
  return (
    <Badge color="grape" variant="light" data-testid="joint-commitment" title={t('actions.jointHelp')}>
      {t('actions.joint')}
    </Badge>
  );
}
