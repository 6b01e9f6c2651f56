import { Anchor, Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReprisalForm, ReprisalStatus, VisitType } from '../../lib/enums.ts';
import { visitLabel, type VisitLike } from './visit-label.ts';

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

/** An incident's related visit, named the way monitors recall it, linking to the visit. */
export function RelatedVisitLink({ visit }: { visit: VisitLike & { readonly id: string; readonly type: VisitType } }) {
  const { i18n } = useTranslation();
  const { t: tm } = useTranslation('monitoring');
  return (
    <Anchor component={Link} to={`/visits/${visit.id}`} size="sm">
      {visitLabel(visit, i18n.language, tm(`enums.VisitType.${visit.type}`))}
    </Anchor>
  );
}
