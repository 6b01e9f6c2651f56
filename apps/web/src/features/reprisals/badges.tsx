import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReprisalForm, ReprisalStatus } from '../../lib/enums.ts';

const STATUS_COLORS: Record<ReprisalStatus, string> = {
  REPORTED: 'red',
  UNDER_FOLLOW_UP: 'orange',
  RESOLVED: 'teal',
  CLOSED: 'gray',
};

export function ReprisalStatusBadge({ status }: { status: ReprisalStatus }) {
  const { t } = useTranslation('tracker');
  return (
    <Badge color={STATUS_COLORS[status]} variant="light">
      {t(`enums.ReprisalStatus.${status}`)}
    </Badge>
  );
}

export function ReprisalFormBadge({ form }: { form: ReprisalForm }) {
  const { t } = useTranslation('tracker');
  return (
    <Badge color="grape" variant="outline">
      {t(`enums.ReprisalForm.${form}`)}
    </Badge>
  );
}
